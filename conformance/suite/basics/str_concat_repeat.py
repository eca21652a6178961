# + and * on strings
print("ab" + "cd", "ab" * 3, 3 * "x", "ab" * 0, "ab" * -1)
s = "a"
s += "b"
s *= 2
print(s)
try:
    "a" + 1
except TypeError:
    print("TypeError")
