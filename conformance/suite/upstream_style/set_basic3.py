s = {1, 2, 3}
print(len(s), 2 in s, 5 in s, sorted(s), type(s))
s.add(4)
s.add(1)
print(sorted(s))
s.discard(10)
s.remove(4)
try:
    s.remove(10)
except KeyError:
    print("KeyError")
print(sorted(s), set() == set(), {1} == {1}, {1} != {2})
print(repr(set()), set("aab") == {"a", "b"})
try:
    {[1]}
except TypeError:
    print("TypeError")
try:
    s.add({})
except TypeError:
    print("TypeError")
p = s.pop()
print(p in (1, 2, 3), len(s))
try:
    set().pop()
except KeyError:
    print("KeyError")
s.clear()
print(s)
