# mpconform: features=module:micropython
# The unix port's messages for lexer-level errors: unterminated strings, bad literals, indentation.
for src in ("'abc", "'''abc", "0x", "x = (1, 2", "if x:\npass", "  x = 1", "if x:\n    a\n  b", "print 1"):
    try:
        compile(src, "<test>", "exec")
        print("compiled")
    except SyntaxError as e:
        print(type(e).__name__ + ":", e)
