# mpconform: features=tstring
# Iterating a Template yields its non-empty strings and its interpolations in order; + joins Templates.
a = 1
b = 2
t = t"{a}-{b}!"
print([x if isinstance(x, str) else ("I", x.value) for x in t])
u = t"x{a}" + t"{b}y"
print(u.strings, u.values)
try:
    t"x" + "y"
except TypeError:
    print("TypeError")
try:
    "y" + t"x"
except TypeError:
    print("TypeError")
v = t"p{a}" t"q{b}"
print(v.strings, v.values)
