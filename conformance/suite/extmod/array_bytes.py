# mpconform: features=module:array

import array
a = array.array("B", b"\x01\x02\x03")
print(a, bytes(a))
h = array.array("h", [1, -1])
print(bytes(h))
print(array.array("B", bytes(h)))
