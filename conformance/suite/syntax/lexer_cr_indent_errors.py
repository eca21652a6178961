# Indentation errors are found the same way with CR and CRLF line endings.
for src in ("if 1:\r\n  a = 1\r\n    b = 2\r\n", "if 1:\r  a = 1\r    b = 2\r", "if 1:\r\na = 1\r\n",
            "if 1:\r    a = 1\r  b = 2\r"):
    try:
        exec(src)
        print("compiled", repr(src))
    except SyntaxError:
        print("SyntaxError", repr(src))
