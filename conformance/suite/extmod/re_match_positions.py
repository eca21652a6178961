# mpconform: features=module:re

import re
m = re.search("b+", "aabbbcc")
print(m.start(), m.end(), m.span())
m = re.search("(c+)", "aabbbcc")
print(m.start(1), m.end(1))
