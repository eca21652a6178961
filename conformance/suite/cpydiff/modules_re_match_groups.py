"""
categories: Modules,re
description: Match objects have no groups() and group() needs an index
cause: Match objects implement group(n), start(), end() and span() only where enabled.
workaround: Call m.group(i) for each group.
"""
import re

m = re.match("(a)(b)", "ab")
print(hasattr(m, "groups"))
