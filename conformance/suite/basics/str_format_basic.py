# str.format with positional, indexed and keyword fields
print("{} {}".format(1, 2), "{1} {0}".format("a", "b"), "{x}-{y}".format(x=1, y=2))
print("{0}{0}{1}".format("ab", "c"))
print("{{}} {}".format("lit"))
print("{!r} {!s}".format("q", "q"))
