# mpconform: features=tstring
# Conversions and format specs are recorded, not applied; nested fields in a spec are evaluated first.
x = 3.25
width = 8
t = t"{x!r} {x!s:>{width}} {x:.1f} {x=}"
for i in t.interpolations:
    print(repr(i.expression), i.conversion, repr(i.format_spec), i.value)
print(t.strings)
