# ord and chr round trip for ASCII
print([ord(c) for c in "Az09 ~"])
print("".join(chr(i) for i in range(65, 75)))
print(chr(ord("a") + 1))
try:
    ord("ab")
except TypeError:
    print("TypeError")
