# mpconform: features=module:array

import array
a = array.array("i", range(6))
print(a[1:4])
print(a[:0])
a[1:3] = array.array("i", [7, 8])
print(a)
