class A:
    def __contains__(self, x):
        return x == 3
print(3 in A(), 4 in A(), 4 not in A())
class B:
    def __iter__(self):
        return iter([1, 2])
print(1 in B(), 5 in B())
class C:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i
print(2 in C(), 7 in C())
class D:
    def __contains__(self, x):
        return 5
print(1 in D())
try:
    1 in object()
except TypeError:
    print("TypeError")
