# an unexpected indent is reported as IndentationError
for src in ("if True:\npass", "  x = 1"):
    try:
        exec(src)
    except SyntaxError as e:
        print(type(e).__name__)
