# mpconform: features=fstring
# a lone } or an empty {} in an f-string is a compile-time SyntaxError
for src in ('f"}"', 'f"{}"'):
    try:
        exec(src)
        print("no error", src)
    except SyntaxError:
        print("SyntaxError", src)
