"""
categories: Core,Classes
description: Objects defining __index__ cannot be used as sequence indices
cause: Sequence subscription accepts only int (and bool) indices and does not call __index__.
workaround: Convert explicitly with int() before indexing.
"""
class Two:
    def __index__(self):
        return 2


try:
    print(["a", "b", "c"][Two()])
except TypeError:
    print("TypeError")
