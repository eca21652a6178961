# mpconform: features=walrus,module:micropython
# The unix port's messages for bad assignment expressions.
for src in (
    "(a.b := 1)",
    "((a, b) := 1)",
    "a := 1",
    "[i := 0 for i in range(2)]",
    "class C:\n    [(j := i) for i in range(2)]",
):
    try:
        compile(src, "<test>", "exec")
        print("compiled")
    except SyntaxError as e:
        print("SyntaxError:", e)
