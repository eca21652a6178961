"""
categories: Core,Messages
description: TypeError for unsupported binary operand types names the special method
cause: MicroPython's own error message text.
workaround: Compare exception types, not messages.
"""
try:
    1 + "a"
except TypeError as e:
    print(e)
