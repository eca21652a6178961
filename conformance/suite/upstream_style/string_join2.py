print(",".join(["a", "b", "c"]), "".join([]), "-".join("xyz"), " ".join(("1",)))
print("".join(s.upper() for s in "ab"))
print(", ".join(map(str, range(4))))
try:
    ",".join([1, 2])
except TypeError:
    print("TypeError")
try:
    ",".join(5)
except TypeError:
    print("TypeError")
try:
    ",".join(["a", b"b"])
except TypeError:
    print("TypeError")
