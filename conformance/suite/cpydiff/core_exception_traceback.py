"""
categories: Core,Exceptions
description: Exceptions have no __traceback__ attribute
cause: Tracebacks are kept in an internal buffer and not exposed as traceback objects.
workaround: Use sys.print_exception(e) to print the traceback.
"""
try:
    raise ValueError("x")
except ValueError as e:
    print(hasattr(e, "__traceback__"))
