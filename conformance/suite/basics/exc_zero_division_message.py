# messages of common builtin errors (exact text differs between implementations)
# mpconform: messages=type-only
for f in (lambda: 1 // 0, lambda: [][1], lambda: {}["k"], lambda: int("x"), lambda: None.attr, lambda: 1 + "a"):
    try:
        f()
    except Exception as e:
        print("%s: %s" % (type(e).__name__, e))
