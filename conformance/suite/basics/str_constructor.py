# str() of various objects
print(str(), str(1), str(-2), str(None), str(True), str([1, "a"]), str((1,)), str(b"x"))
print(str("s"), str(str))
