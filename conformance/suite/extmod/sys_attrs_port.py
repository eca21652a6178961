# mpconform: features=module:micropython
# The names the unix port's sys module offers.
import sys

print(sorted(x for x in dir(sys) if not x.startswith("_")))
print(sys.maxsize, sys.byteorder, sys.platform, type(sys.version_info).__name__, sys.version_info[:2])
print(sys.ps1, sys.ps2)
