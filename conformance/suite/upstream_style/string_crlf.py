s = "a\r\nb"
print(len(s), repr(s), s.split("\n"), s.splitlines())
print(repr("x\ry"), "x\ry".splitlines())
