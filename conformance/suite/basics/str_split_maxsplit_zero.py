# split with maxsplit 0 and negative
print("a b c".split(" ", 0), "a b c".split(" ", -1), "a,b,c".split(",", 0))
