"""
categories: Core,Exceptions
description: Exception chaining not implemented
cause: raise ... from ... is accepted but neither __cause__ nor __context__ is recorded.
workaround: Carry the original exception as an argument of the new one.
"""
try:
    try:
        raise KeyError("inner")
    except KeyError as inner:
        raise ValueError("outer") from inner
except ValueError as e:
    print(type(getattr(e, "__cause__", None)).__name__)
