"""
categories: Syntax,Statements
description: The match statement is not supported
cause: The port's grammar predates structural pattern matching.
workaround: Use if/elif chains.
"""
try:
    exec("match 1:\n    case 1:\n        print('one')")
except SyntaxError:
    print("SyntaxError")
