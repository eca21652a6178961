# mpconform: features=walrus,module:micropython
# := inside a nested comprehension: CPython binds the nearest enclosing function's name; the unix port does
# not bind it there (reading it afterwards is a NameError), while one level of comprehension works.
def nested():
    rows = [[(last := r * c) for c in range(3)] for r in range(3)]
    return rows, last


def single():
    vals = [(last := r * 2) for r in range(3)]
    return vals, last


for f in (nested, single):
    try:
        print(f.__name__, f())
    except NameError as e:
        print(f.__name__, "NameError", e)
data = [3, 8, 1]
print([y for x in data if (y := x * 2) > 5], y)
