def f():
    pass
print(f.__name__)
class A:
    def m(self):
        pass
print(A.m.__name__, A().m.__name__)
g = lambda: 0
print(g.__name__)
print(len.__name__, print.__name__)
def outer():
    def inner():
        pass
    return inner
print(outer().__name__)
