# repr of strings uses escapes and picks quotes
print(repr("a'b"), repr('a"b'), repr("a'b\"c"), repr("\n\t\\"), repr("\x00\x7f"))
print(repr(""), repr("plain"))
