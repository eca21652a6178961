"""
categories: Core,Functions
description: Docstrings are not kept: functions have no __doc__
cause: The compiler discards docstrings to save memory.
workaround: Keep documentation outside the running program, or in a module-level string constant.
"""
def f():
    """Say hello."""


print(getattr(f, "__doc__", "no __doc__ attribute"))
