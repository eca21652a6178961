# object() instances have no __dict__ and reject new attributes
o = object()
try:
    o.x = 1
except AttributeError:
    print("AttributeError")
print(type(o).__name__, o == o, o != object())
