"""
categories: Modules,re
description: Match objects have no start(), end() or span() in the unix build
cause: Match position methods are an optional feature that this build leaves out.
workaround: Use str.find() on the matched text, or keep positions in groups.
"""
import re

m = re.search("b+", "aabbbcc")
print(hasattr(m, "start"), hasattr(m, "span"))
