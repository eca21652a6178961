# mpconform: features=module:micropython
# The unix port's compile-time error messages for misplaced statements and declarations.
for src in (
    "return 1",
    "yield 1",
    "class C:\n    return 1",
    "break",
    "def f():\n    class C:\n        continue",
    "nonlocal x",
    "def f():\n    nonlocal x",
    "def f():\n    x = 1\n    global x",
    "def f(x):\n    global x",
    "def f(a, a): pass",
):
    try:
        compile(src, "<test>", "exec")
        print("compiled")
    except SyntaxError as e:
        print("SyntaxError:", e)
