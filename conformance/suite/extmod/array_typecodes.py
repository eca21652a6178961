# mpconform: features=module:array

import array
for code in ("b", "B", "h", "H", "i", "I", "l", "L"):
    a = array.array(code, [1, 2])
    print(code, a, a.typecode if hasattr(a, "typecode") else code)
