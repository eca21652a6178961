# locals() in a class body is the namespace being built.
class C:
    a = 1
    b = 2
    names = sorted(k for k in locals() if not k.startswith("__"))


print(C.names)
