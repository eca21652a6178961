# invalid prefixes and unterminated strings are syntax errors
for src in ('ub"x"', '"unterminated', "'''open", 'bu"x"'):
    try:
        exec(src)
        print("no error", src)
    except SyntaxError:
        print("SyntaxError", src)
