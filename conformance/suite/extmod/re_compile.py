# mpconform: features=module:re

import re
pat = re.compile("[0-9]+")
print(pat.match("42abc").group(0))
print(pat.search("abc7d").group(0))
print(pat.match("abc"))
