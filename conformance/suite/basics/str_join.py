# str.join of iterables
print(",".join(["a", "b", "c"]))
print("".join(("x", "y")))
print("-".join("abc"))
print(" ".join(str(i) for i in range(4)))
print("x".join([]))
try:
    ",".join(["a", 1])
except TypeError:
    print("TypeError")
