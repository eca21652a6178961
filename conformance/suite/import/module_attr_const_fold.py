# mpconform: features=module:micropython
# The unix port folds attributes of built-in modules into constants at compile time, so deleting one is a
# compile-time "can't delete expression"; through another name it compiles but a built-in module refuses it.
import math

try:
    exec("import math\ndel math.pi")
except SyntaxError as e:
    print("SyntaxError", e)


def drop(m):
    del m.pi


try:
    drop(math)
except AttributeError as e:
    print("AttributeError", e)
print(hasattr(math, "pi"))
