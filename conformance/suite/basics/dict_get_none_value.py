# get distinguishes a stored None from a missing key only through the default
d = {"k": None}
print(d.get("k", "dflt"), d.get("x", "dflt"), "k" in d)
