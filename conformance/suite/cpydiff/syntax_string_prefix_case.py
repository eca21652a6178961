"""
categories: Syntax,strings
description: String prefixes are lower case only: R'x' is a name and a string
cause: The port's lexer compares a prefix with lower case letters only (r, b, u, f and their pairs), so an upper case one stays a name, followed by a string: a syntax error.
workaround: Write string prefixes in lower case.
"""
for src in ("R'a\\n'", "B'x'", "F'{1}'", "U'x'", "Rb'x'", "bR'x'"):
    try:
        print(repr(eval(src)))
    except SyntaxError:
        print("SyntaxError", src)
