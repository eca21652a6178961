# mpconform: features=memoryview,module:array,float
# A memoryview of an array indexes whole items of the array's typecode, not bytes.
import array

for code, values in (("b", [1, -2]), ("h", [300, -300]), ("i", [1, -2, 3]), ("H", [65535]), ("I", [7]),
                     ("f", [1.5, -0.25]), ("d", [2.5])):
    m = memoryview(array.array(code, values))
    print(code, len(m), m[0], m[-1], list(m))
