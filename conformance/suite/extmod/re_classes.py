# mpconform: features=module:re

import re
print(re.match("[a-c]+", "abcabd").group(0))
print(re.match("[^0-9]+", "ab12").group(0))
print(re.match("\\d+", "2024x").group(0))
print(re.match("\\w+", "word_1 next").group(0))
print(re.match("\\s+", "  x").group(0) == "  ")
print(re.match("[\\d.]+", "3.14!").group(0))
