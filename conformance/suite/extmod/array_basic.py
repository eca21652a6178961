# mpconform: features=module:array

import array
a = array.array("i", [1, 2, 3])
print(a, len(a), a[0], a[-1])
a.append(4)
a.extend([5, 6])
print(a)
a[0] = 10
print(a[0], list(a))
