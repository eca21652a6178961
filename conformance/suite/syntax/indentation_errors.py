# indentation problems raise IndentationError, a SyntaxError subclass
for src in ("if True:\npass", "  x = 1", "if 1:\n    a = 1\n  b = 2"):
    try:
        exec(src)
        print("no error")
    except SyntaxError as e:
        print("SyntaxError subclass", isinstance(e, SyntaxError))
