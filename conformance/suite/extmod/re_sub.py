# mpconform: features=module:re

import re
print(re.sub("a", "b", "banana"))
print(re.sub("[0-9]+", "#", "a1b22c333"))
print(re.sub("(a)(n)", "\\2\\1", "banana"))
print(re.sub("x", "y", "none here"))
