# mpconform: features=module:sys

import sys
print(type(sys.argv).__name__, type(sys.path).__name__)
print(sys.byteorder in ("little", "big"))
print(sys.maxsize >= 2**31 - 1)
print(type(sys.version_info[0]).__name__, sys.version_info[0])
