# structural pattern matching (Python 3.10 match statement)
def describe(v):
    match v:
        case 0:
            return "zero"
        case [x, y]:
            return "pair %s %s" % (x, y)
        case {"k": k}:
            return "dict k=%s" % k
        case str() as s:
            return "str " + s
        case _:
            return "other"
print([describe(v) for v in (0, [1, 2], {"k": 9}, "s", 3.5 if False else 7)])
