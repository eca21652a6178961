print(hash(1) == hash(1), hash(0), hash(1), hash(-5))
print(hash(True), hash(False))
print(hash("abc") == hash("abc"), hash(b"x") == hash(b"x"))
print(hash((1, 2)) == hash((1, 2)))
print(type(hash(1.5)), type(hash("a")))
for x in ([], {}, set(), bytearray(1)):
    try:
        hash(x)
    except TypeError:
        print("TypeError")
class A:
    def __hash__(self):
        return 12
print(hash(A()))
class B:
    def __eq__(self, other):
        return True
try:
    hash(B())
except TypeError:
    print("TypeError")
class C:
    pass
print(type(hash(C())))
