# dict comprehensions, including overwriting duplicate keys
d = {x: x * x for x in range(5)}
print(sorted(d.items()))
e = {x % 3: x for x in range(10)}
print(sorted(e.items()))
print({k: v for k, v in zip("abc", range(3)) if v}["c"])
