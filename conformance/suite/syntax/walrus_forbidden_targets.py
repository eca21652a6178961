# mpconform: features=walrus
# := binds a plain name only, and needs parentheses at statement level and in defaults.
for src in (
    "(a.b := 1)",
    "(a[0] := 1)",
    "((a, b) := 1)",
    "([a] := 1)",
    "(a + 1 := 1)",
    "a := 1",
    "def f(a := 1): pass",
    "x = y := 1",
    "(lambda: 1 := 2)",
):
    try:
        compile(src, "<test>", "exec")
        print("compiled", src)
    except SyntaxError:
        print("SyntaxError", src)
