# mpconform: features=module:re

import re
m = re.match("ab+", "abbbc")
print(m.group(0))
print(re.match("x", "abc"))
print(re.match("a|b", "bcd").group(0))
print(re.match(".*c", "abcabc").group(0))
