"""
categories: Syntax,Unicode
description: Unicode name escapes are not implemented
cause: The lexer has no table of Unicode character names.
workaround: Write the character with a backslash-u escape of its code point instead.
"""
try:
    print(eval('"\\N{LATIN SMALL LETTER A}"'))
except (SyntaxError, NotImplementedError) as e:
    print(type(e).__name__)
