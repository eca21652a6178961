# is / is not compare identity; None, True, False are singletons
a = [1]
b = a
print(a is b, a is [1], a is not [1], None is None, (lambda: None)() is None)
x = None
print(x is None, x is not None, True is (1 == 1))
