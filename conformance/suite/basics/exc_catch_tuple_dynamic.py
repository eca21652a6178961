# the except clause accepts a tuple built at runtime
errs = tuple([KeyError, IndexError])
for f in (lambda: {}["x"], lambda: [][0]):
    try:
        f()
    except errs as e:
        print(type(e).__name__)
