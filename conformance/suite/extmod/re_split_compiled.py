# mpconform: features=module:re

import re
pat = re.compile(",")
print(pat.split("a,b,,c"))
print(re.compile("[;:]").split("x;y:z"))
