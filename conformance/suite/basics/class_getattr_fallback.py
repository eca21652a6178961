# __getattr__ is called only for missing attributes
class C:
    real = "real"
    def __getattr__(self, name):
        if name.startswith("x"):
            return "virtual " + name
        raise AttributeError(name)
c = C()
print(c.real, c.xy, getattr(c, "xz"), hasattr(c, "nope"))
