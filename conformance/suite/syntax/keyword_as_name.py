# keywords cannot be assigned to
for kw in ("True", "None", "class", "def", "if", "lambda"):
    try:
        exec(kw + " = 1")
        print("no error", kw)
    except SyntaxError:
        print("SyntaxError", kw)
