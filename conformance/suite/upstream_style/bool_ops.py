print(True + True, True * 10, -True, ~False)
print(bool(), bool(0), bool(0.0), bool(""), bool(()), bool(None))
print(bool(1), bool(-1), bool("a"), bool((0,)), bool([None]))
print(True == 1, False == 0, True is True)
print(repr(True), str(False))
print(type(True), type(bool(3)))
print(True & False, True | False, True ^ True)
print(int(True), float(False))
print(True < 2, False > -1)
class A:
    def __bool__(self):
        return False
print(bool(A()), not A())
class B:
    def __len__(self):
        return 0
print(bool(B()))
class C:
    def __len__(self):
        return 3
print(bool(C()))
