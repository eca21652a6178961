# mpconform: features=set
# set construction, add, discard, remove, in, len
s = {3, 1, 2, 2}
print(sorted(s), len(s), 2 in s, 5 in s)
s.add(5); s.add(1)
s.discard(3); s.discard(99)
print(sorted(s))
s.remove(5)
try:
    s.remove(5)
except KeyError:
    print("KeyError")
print(sorted(s), set(), sorted(set("aba")))
