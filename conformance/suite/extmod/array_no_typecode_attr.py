# mpconform: features=module:array,module:micropython
# The unix port's arrays have no typecode or itemsize attribute and no decode method.
import array

a = array.array("h", [1])
for name in ("typecode", "itemsize", "decode", "append", "extend"):
    print(name, hasattr(a, name))
print(type(a).__name__)
