# A raw CR or CRLF inside a single-quoted literal ends the line: the literal is unterminated.
for src in ("r = 'a\rb'", "r = 'a\r\nb'", 'r = "x\r', "r = b'a\rb'"):
    try:
        exec(src)
        print("compiled", repr(src))
    except SyntaxError:
        print("SyntaxError", repr(src))
