# mpconform: features=walrus
# := in a comprehension may not rebind an iteration variable, nor appear in a class body's comprehension.
for src in (
    "[i := 0 for i in range(2)]",
    "[j for i in range(2) if (i := 1)]",
    "[[(j := 0) for j in range(2)] for i in range(2)]",
    "class C:\n    [(j := i) for i in range(2)]",
    "[(j := i) for i in range(2)]",
    "def f():\n    return [(j := i) for i in range(2)]",
):
    try:
        compile(src, "<test>", "exec")
        print("compiled", repr(src))
    except SyntaxError:
        print("SyntaxError", repr(src))
