# str.format with item access in fields
print("{0[1]} {0[0]}".format(["a", "b"]))
print("{d[k]}".format(d={"k": "v"}))
print("{0[0][1]}".format([[1, 2]]))
