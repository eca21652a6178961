# slice objects and their attributes
s = slice(1, 5, 2)
print(s.start, s.stop, s.step)
s = slice(3)
print(s.start, s.stop, s.step)
print([0, 1, 2, 3, 4, 5][slice(1, 4)])
print("abcdef"[slice(2, None)])
