# misuse of global/nonlocal is a compile-time SyntaxError
for src in (
    "nonlocal x",
    "def f():\n    nonlocal x\n",
    "def f():\n    x = 1\n    global x\n",
):
    try:
        exec(src)
        print("no error")
    except SyntaxError:
        print("SyntaxError")
