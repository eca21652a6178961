# misplaced underscores in numeric literals are syntax errors
for src in ("1__0", "1_", "0x_"):
    try:
        exec(src)
        print("no error", src)
    except SyntaxError:
        print("SyntaxError", src)
