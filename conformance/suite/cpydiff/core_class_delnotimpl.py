"""
categories: Core,Classes
description: Special method __del__ not implemented for user-defined classes
cause: MicroPython's garbage collector does not call finalisers on instances of user classes.
workaround: Release resources explicitly (close() or a context manager) instead of relying on __del__.
"""
import gc


class Resource:
    def __del__(self):
        print("__del__ called")


r = Resource()
del r
gc.collect()
print("after collect")
