# The same test with a .exp: it runs, whatever CPython can compile.
x = 1
template = t"a{x}"
print(template.strings, template.values)
