"""
categories: Modules,re
description: Named groups (?P<name>...) are not supported by re
cause: The regular-expression engine supports a small subset of the syntax.
workaround: Use numbered groups.
"""
import re

try:
    print(re.match(r"(?P<word>a+)", "aa").group("word"))
except ValueError:
    print("ValueError")
