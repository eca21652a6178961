# mpconform: features=module:array,bigint,module:micropython
# 64-bit items keep the low 64 bits of a bigger int (CPython raises OverflowError).
import array

print(array.array("Q", [2 ** 64]))
print(array.array("Q", [2 ** 64 + 5]))
print(array.array("q", [2 ** 63]))
print(array.array("Q", [-1]))
print(array.array("q", [2 ** 64 - 1]))
