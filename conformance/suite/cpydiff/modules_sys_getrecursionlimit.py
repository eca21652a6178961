"""
categories: Modules,sys
description: sys.getrecursionlimit() is not available
cause: Recursion is bounded by the C stack, not by a counter.
workaround: Catch RuntimeError (and RecursionError in CPython) instead of querying the limit.
"""
import sys

print(hasattr(sys, "getrecursionlimit"))
