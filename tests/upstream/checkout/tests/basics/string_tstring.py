# t-strings (PEP 750) need CPython 3.14: an older CPython cannot compile this test and it has no .exp, so
# run-tests.py skips it.
x = 1
template = t"a{x}"
print(template.strings, template.values)
