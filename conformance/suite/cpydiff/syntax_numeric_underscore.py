"""
categories: Syntax,Literals
description: Misplaced underscores in numeric literals are accepted
cause: The port's lexer skips every underscore in a number instead of requiring one between digits.
workaround: Put single underscores only between digits.
"""
try:
    exec("print(1__000)")
except SyntaxError:
    print("SyntaxError")
