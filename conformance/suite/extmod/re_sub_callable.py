# mpconform: features=module:re

import re
def upper(m):
    return m.group(0).upper()
print(re.sub("[aeiou]", upper, "education"))
