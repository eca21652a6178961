print("a=b=c".partition("="), "abc".partition("x"), "a=b=c".rpartition("="), "abc".rpartition("x"))
print("aaa".replace("a", "b"), "aaa".replace("a", "b", 2), "abc".replace("", "-"), "abc".replace("x", "y"))
print("hello".replace("l", ""), "".replace("", "x"))
try:
    "abc".partition("")
except ValueError:
    print("ValueError")
try:
    "abc".replace(1, "x")
except TypeError:
    print("TypeError")
