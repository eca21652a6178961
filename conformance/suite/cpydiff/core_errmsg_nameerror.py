"""
categories: Core,Messages
description: NameError message says isn't defined
cause: MicroPython's own error message text.
workaround: Compare exception types, not messages.
"""
try:
    undefined_name
except NameError as e:
    print(e)
