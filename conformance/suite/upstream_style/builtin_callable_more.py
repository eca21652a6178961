print(callable(print), callable(len), callable(int))
print(callable(1), callable("s"), callable(None))
print(callable(lambda: 0))
class A:
    def m(self):
        pass
class B:
    def __call__(self):
        return 42
print(callable(A), callable(A()), callable(A().m))
print(callable(B()), B()())
print(callable([].append), callable(str.upper))
try:
    callable()
except TypeError:
    print("TypeError")
