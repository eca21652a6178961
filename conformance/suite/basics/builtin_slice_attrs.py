# Slice objects made by subscription: their attributes and their use on sequences.
class Grab:
    def __getitem__(self, key):
        return key


g = Grab()
s = g[1:10:2]
print(s, type(s).__name__, s.start, s.stop, s.step)
print(g[:], g[::-1], g[:5], g[2:])
print(g[1:2, 3], g[..., 1:])
print(s.indices(5), g[::-1].indices(4), g[-3:].indices(10))
print([0, 1, 2, 3, 4, 5, 6, 7][s])
print("abcdef"[g[1:4]])
print(isinstance(s, slice), type(s) is slice)
