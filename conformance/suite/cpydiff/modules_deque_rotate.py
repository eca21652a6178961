"""
categories: Modules,collections
description: collections.deque has no rotate(), index() or remove()
cause: deque is a ring buffer with append/pop operations at both ends only.
workaround: Pop and append in a loop, or use a list.
"""
from collections import deque

d = deque((1, 2, 3), 5)
print(hasattr(d, "rotate"), hasattr(d, "remove"))
