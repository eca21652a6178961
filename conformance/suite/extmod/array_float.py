# mpconform: features=module:array
# mpconform: features=float

import array
a = array.array("f", [0.5, 1.5])
print(a[0] + a[1])
d = array.array("d", [0.25])
print(d[0], len(bytes(d)))
