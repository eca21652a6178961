print(*[1, 2], *[3])
print([*range(3), *"ab"])
print((*[1], 2))
print({**{"a": 1}, "b": 2} == {"a": 1, "b": 2})
a, *b = [1, 2, 3]
print(a, b)
*c, d = "xyz"
print(c, d)
print(f"{1 + 1}", f"{'s'!r}", f"{3:>4}")
print(0b1_0, 1_000_000)
