# mpconform: features=module:array

import array
# Values are truncated or rejected by implementations differently; only in-range values are portable.
a = array.array("b", [127, -128])
print(a)
a = array.array("B", [0, 255])
print(a)
