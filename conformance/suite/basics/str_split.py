# str.split with and without separator and maxsplit
s = "  a b  c   d "
print(s.split())
print(s.split(" "))
print("a,b,,c".split(","))
print("a,b,,c".split(",", 1))
print("".split(), "".split(","))
print("abc".split("abc"))
print("a--b--c".split("--"))
print("1 2 3".split(None, 1))
