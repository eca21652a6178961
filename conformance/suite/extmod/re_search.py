# mpconform: features=module:re

import re
print(re.search("b+", "aabbbcc").group(0))
print(re.search("z", "abc"))
print(re.search("^a", "ba"))
print(re.search("a$", "ba").group(0))
