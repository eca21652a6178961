# startswith/endswith with negative indices
s = "hello"
print(s.startswith("l", -2), s.endswith("ll", 0, -1), s.startswith("h", -10))
