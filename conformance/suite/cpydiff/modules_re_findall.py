"""
categories: Modules,re
description: re.findall(), re.fullmatch() and re.escape() are not available
cause: Only compile, match, search, sub and split on compiled patterns exist.
workaround: Loop with search() and the match end position.
"""
import re

print(hasattr(re, "findall"), hasattr(re, "fullmatch"), hasattr(re, "escape"))
