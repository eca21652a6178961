"""
categories: Modules,collections
description: collections.deque requires the iterable and maxlen positionally
cause: The constructor takes no keyword arguments, and maxlen is mandatory.
workaround: Call deque(iterable, maxlen).
"""
from collections import deque

try:
    d = deque(maxlen=2)
    d.append(1)
    print(len(d))
except TypeError:
    print("TypeError")
