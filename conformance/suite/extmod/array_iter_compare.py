# mpconform: features=module:array

import array
a = array.array("h", [3, 1, 2])
print(sorted(a))
print(sum(a), max(a), min(a))
print(a == array.array("h", [3, 1, 2]))
print(list(reversed(a)))
