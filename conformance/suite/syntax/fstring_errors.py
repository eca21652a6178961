# mpconform: features=fstring
# an unclosed replacement field in an f-string is a syntax error
for src in ('f"{"', 'f"{x"'):
    try:
        exec(src)
        print("no error", src)
    except SyntaxError:
        print("SyntaxError", src)
