# del removes a binding
a = 1
del a
try:
    a
except NameError:
    print("NameError")
def f():
    b = 1
    del b
    try:
        return b
    except NameError:
        return "local NameError"
print(f())
