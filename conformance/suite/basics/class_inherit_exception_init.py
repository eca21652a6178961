# exceptions subclasses that do not call super().__init__ keep args from the call
class E(Exception):
    pass
class F(Exception):
    def __init__(self, a, b):
        super().__init__(a + b)
print(E(1, 2).args, F(1, 2).args)
