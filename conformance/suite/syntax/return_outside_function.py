# return/yield/await outside functions are syntax errors
for src in ("return", "yield 1", "x = (yield)"):
    try:
        exec(src)
        print("no error", src)
    except SyntaxError:
        print("SyntaxError", src)
