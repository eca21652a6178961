"""
categories: Modules,collections
description: collections.Counter and collections.defaultdict are not available
cause: Only deque, namedtuple and OrderedDict are implemented.
workaround: Use a dict with get(key, 0) + 1.
"""
import collections

print(hasattr(collections, "Counter"), hasattr(collections, "defaultdict"))
