# mpconform: features=tstring
# A t-string evaluates to a Template: its static strings, and one Interpolation per replacement field.
name = "World"
n = 3
t = t"Hello {name}! {n + 1} times"
print(type(t).__name__, t.strings, t.values)
print(len(t.strings) == len(t.interpolations) + 1)
for i in t.interpolations:
    print(type(i).__name__, repr(i.value), repr(i.expression), i.conversion, repr(i.format_spec))
e = t""
print(e.strings, e.interpolations, e.values)
only = t"{name}"
print(only.strings, only.values)
two = t"{name}{n}"
print(two.strings, two.values)
