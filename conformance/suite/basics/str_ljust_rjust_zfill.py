# ljust, rjust and zfill pad to a width
print("[" + "ab".ljust(5) + "]", "[" + "ab".rjust(5, ".") + "]", "[" + "abc".ljust(2) + "]")
print("42".zfill(5), "-42".zfill(5), "+4".zfill(4), "abc".zfill(2))
