# mpconform: features=set
# sets holding ints, strings and tuples
s = {1, "a", (1, 2), 1.0 if False else 2}
print(len(s), 1 in s, "a" in s, (1, 2) in s, sorted(x for x in s if isinstance(x, int)))
