"""
categories: Syntax,bytes
description: Non-ASCII characters in a bytes literal are accepted
cause: The port's lexer copies the UTF-8 bytes of the character into the literal instead of rejecting it.
workaround: Write bytes above 0x7f as hexadecimal escapes.
"""
try:
    exec("print(len(b'\u00e9'))")
except SyntaxError:
    print("SyntaxError")
