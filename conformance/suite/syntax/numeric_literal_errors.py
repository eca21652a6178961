# malformed numeric literals are syntax errors
for src in ("012", "0x", "0b2", "0o8", "1e"):
    try:
        exec(src)
        print("no error", src)
    except SyntaxError:
        print("SyntaxError", src)
