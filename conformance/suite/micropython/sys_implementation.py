# mpconform: features=module:micropython
try:
    import micropython
except ImportError:
    print("SKIP")
    raise SystemExit

import sys
print(sys.implementation.name)
print(len(sys.implementation.version) >= 3)
print(sys.implementation.version[0])
