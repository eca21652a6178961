"""
categories: Syntax,Exceptions
description: A missing indented block is a SyntaxError, not IndentationError
cause: The port's parser raises plain SyntaxError for all indentation problems it detects after a colon.
workaround: Catch SyntaxError (IndentationError is its subclass in CPython).
"""
try:
    exec("if True:\npass")
except SyntaxError as e:
    print(type(e).__name__)
