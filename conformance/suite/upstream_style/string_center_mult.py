print(repr("ab".center(6)), repr("ab".center(7, "*")), repr("abc".center(2)))
print("ab" * 3, 3 * "x", "a" * 0, "a" * -2, repr("" * 5))
try:
    "a" * "b"
except TypeError:
    print("TypeError")
try:
    "a" * 1.5
except TypeError:
    print("TypeError")
