# Bad assignment and deletion targets are compile-time errors.
for src in ("f() = 1", "1 = x", "del f()", "del 1 + 2", "x + 1 += 1", "(a, b) += 1", "[a] += 1", "*a = 1",
            "*a, *b = 1", "None = 1", "a.b() = 1", "(yield) = 1" if False else "'s' = 1", "f(**x, *y)",
            "f(a=1, 2)", "lambda x: x = 1"):
    try:
        compile(src, "<test>", "exec")
        print("compiled", src)
    except SyntaxError:
        print("SyntaxError", src)
