# mpconform: features=module:array

import array
a = array.array("i")
print(len(a), list(a))
a.append(1)
print(a)
try:
    a[5]
except IndexError:
    print("IndexError")
