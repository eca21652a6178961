print("a b  c".split(), " lead trail ".split(), "".split(), "   ".split())
print("a,b,,c".split(","), "a,b,c".split(",", 1), "abc".split("b"), "abc".split("z"))
print("a b c".split(None, 1), "1::2::3".split("::"))
print("a b c".rsplit(None, 1), "a,b,c".rsplit(",", 1), "a,b,c".rsplit(","))
print("xaxbx".split("x"), "xaxbx".rsplit("x", 2))
try:
    "abc".split("")
except ValueError:
    print("ValueError")
try:
    "abc".split(1)
except TypeError:
    print("TypeError")
