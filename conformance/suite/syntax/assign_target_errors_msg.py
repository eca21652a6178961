# mpconform: features=module:micropython
# The unix port's messages for bad assignment, deletion and call argument forms.
for src in (
    "f() = 1",
    "1 = x",
    "del f()",
    "x + 1 += 1",
    "(a, b) += 1",
    "*a = 1",
    "*a, *b = 1",
    "f(**x, *y)",
    "f(a=1, 2)",
):
    try:
        compile(src, "<test>", "exec")
        print("compiled")
    except SyntaxError as e:
        print("SyntaxError:", e)
