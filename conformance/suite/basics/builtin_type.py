# type() of values and type(name, bases, dict) creating a class
print(type(1).__name__, type("").__name__, type([]).__name__, type(None).__name__, type(type).__name__)
C = type("C", (), {"x": 5, "f": lambda self: self.x * 2})
print(C.__name__, C().x, C().f())
D = type("D", (C,), {})
print(D().f(), issubclass(D, C))
