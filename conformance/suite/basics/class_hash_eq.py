# defining __eq__ without __hash__ makes instances unhashable
class E:
    def __eq__(self, o):
        return True
try:
    hash(E())
    print("hashable")
except TypeError:
    print("TypeError")
class H(E):
    def __hash__(self):
        return 7
print(hash(H()), len({H(), H()}))
