# exception instances accept new attributes
e = ValueError("v")
e.extra = 5
print(e.extra, e.args)
