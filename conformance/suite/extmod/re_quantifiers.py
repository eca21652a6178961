# mpconform: features=module:re

import re
print(re.match("a*", "aaab").group(0))
print(re.match("a+?", "aaab").group(0))
print(re.match("a*?b", "aaab").group(0))
print(re.match("ab?c", "ac").group(0))
print(re.match("(ab)+", "ababx").group(0))
