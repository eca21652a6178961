# mpconform: features=walrus
# := in a comprehension binds in the enclosing function scope
def f():
    vals = [1, 2, 3]
    any(((last := v) > 1) for v in vals)
    return last
print(f())
