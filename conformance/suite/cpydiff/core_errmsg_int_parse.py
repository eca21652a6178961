"""
categories: Core,Messages
description: ValueError for an invalid int literal says invalid syntax for integer
cause: MicroPython's own error message text.
workaround: Compare exception types, not messages.
"""
try:
    int("z")
except ValueError as e:
    print(e)
