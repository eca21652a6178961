# startswith/endswith with strings, tuples and ranges
s = "filename.py"
print(s.startswith("file"), s.endswith(".py"), s.endswith((".c", ".py")), s.startswith(("x", "y")))
print(s.startswith("name", 4), s.endswith("file", 0, 4), s.startswith(""))
