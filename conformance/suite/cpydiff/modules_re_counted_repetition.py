"""
categories: Modules,re
description: Counted repetition {m,n} is not supported by re
cause: The regular-expression engine supports a small subset of the syntax; braces are literal.
workaround: Repeat the atom explicitly, e.g. aa for a{2}.
"""
import re

print(re.match(r"a{2}", "aa") is not None)
