# partition and rpartition
print("a=b=c".partition("="), "a=b=c".rpartition("="))
print("abc".partition("x"), "abc".rpartition("x"))
try:
    "abc".partition("")
except ValueError:
    print("ValueError")
