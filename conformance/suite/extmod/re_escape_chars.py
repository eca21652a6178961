# mpconform: features=module:re

import re
print(re.match("a\\.b", "a.b").group(0))
print(re.match("a\\.b", "axb"))
print(re.match("\\(x\\)", "(x)").group(0))
print(re.search("\\$", "cost $5").group(0))
