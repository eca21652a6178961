"""
categories: Modules,collections
description: namedtuple instances have no _asdict() or _replace()
cause: Only field access by name and index is implemented.
workaround: Build the dict with dict(zip(fields, tup)).
"""
from collections import namedtuple

P = namedtuple("P", "x y")
print(hasattr(P(1, 2), "_asdict"), hasattr(P(1, 2), "_replace"))
