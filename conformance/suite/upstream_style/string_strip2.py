print(repr(" x ".strip()), repr("\t\nx\r ".strip()), repr("xxaxx".strip("x")))
print(repr("  x".lstrip()), repr("x  ".rstrip()), repr("abcba".strip("ab")))
print(repr("".strip()), repr("aaa".strip("a")), repr("ab".lstrip("ba")))
try:
    "a".strip(1)
except TypeError:
    print("TypeError")
