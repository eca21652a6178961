# common syntax errors are reported as SyntaxError when compiled via exec
bad = [
    "def f(:\n    pass",
    "x = = 1",
    "if True\n    pass",
    "for in range(3): pass",
    "return 5",
    "break",
    "continue",
    "class:\n    pass",
    "1 = x",
    "f() = 1",
    "del 1",
    "yield = 3",
    "(a, b) += 1",
]
for src in bad:
    try:
        exec(src)
        print("no error", repr(src))
    except SyntaxError:
        print("SyntaxError", repr(src))
