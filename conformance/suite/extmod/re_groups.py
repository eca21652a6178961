# mpconform: features=module:re

import re
m = re.match("(a+)(b*)(c)", "aabbbc")
print(m.group(0), m.group(1), m.group(2), m.group(3))
m = re.match("([0-9]+)-([0-9]+)", "12-345")
print(m.group(1), m.group(2))
