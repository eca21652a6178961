# two starred targets, or a lone starred target, are syntax errors
for src in ("*a, *b = [1, 2]", "*a = [1]", "a = *b"):
    try:
        exec(src)
        print("no error", src)
    except SyntaxError:
        print("SyntaxError", src)
