# mpconform: features=walrus
# unparenthesized := at statement level is a syntax error
for src in ("x := 1", "def f(a := 1): pass"):
    try:
        exec(src)
        print("no error")
    except SyntaxError:
        print("SyntaxError", src)
