"""
categories: Syntax,f-strings
description: f-strings are str.format calls: a field ends at the first : or } outside brackets, even inside a string; a lone } fails when evaluated
cause: The port's lexer rewrites f"...{x}..." into "...{}...".format((x),), finding the end of each field by counting brackets only.
workaround: Keep braces and colons out of the strings inside a replacement field; double a literal }.
"""
for src in ("f\"{'}'}\"", "f'a}b'"):
    try:
        print(eval(src))
    except (SyntaxError, ValueError) as e:
        print(type(e).__name__)
