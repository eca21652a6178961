class A:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        if name.startswith("auto"):
            return name[4:]
        raise AttributeError
a = A()
print(a.real, a.auto_x, a.autoY)
try:
    a.other
except AttributeError:
    print("AttributeError")
print(hasattr(a, "autoZ"), hasattr(a, "zz"))
