"""
categories: Syntax,Spaces
description: MicroPython requires spaces between literal numbers and keywords
cause: The lexer reads 1if as one malformed number.
workaround: Always put a space between a number and a following keyword.
"""
try:
    import warnings

    warnings.simplefilter("ignore")
except ImportError:
    pass
try:
    print(eval("1if 1else 0"))
except SyntaxError:
    print("SyntaxError")
