# mpconform: features=module:array,module:micropython
# MicroPython stores out-of-range integers truncated to the item size (CPython raises OverflowError).
import array

for code, v in (("b", 200), ("b", -129), ("B", -1), ("B", 256), ("h", 40000), ("H", -2), ("i", 2 ** 31),
                ("I", -1)):
    print(code, v, array.array(code, [v]))
a = array.array("h", [0])
a[0] = 70000
print(a)
a.append(-40000)
print(a)
