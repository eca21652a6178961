o = object()
print(type(o), type(o).__name__, isinstance(o, object))
try:
    o.x = 1
except AttributeError:
    print("AttributeError")
print(o == o, o != object(), o is o)
print(repr(o).startswith("<object object at"))
print(str(o) == repr(o))
try:
    object(1)
except TypeError:
    print("TypeError")
class A(object):
    pass
print(isinstance(A(), object), A.__name__)
