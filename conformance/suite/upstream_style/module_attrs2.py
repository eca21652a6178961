import sys
print(type(sys), sys.__name__)
print(__name__)
import sys as s2
print(s2 is sys)
from sys import version_info as vi
print(vi is sys.version_info)
try:
    import nonexistent_module_xyz
except ImportError:
    print("ImportError")
try:
    from sys import nonexistent_name_xyz
except ImportError:
    print("ImportError")
try:
    sys.nonexistent_attr_xyz
except AttributeError:
    print("AttributeError")
import math
print(math.__name__, math.sqrt(16))
