# mpconform: features=module:array
# Slices of an array are arrays of the same typecode.
import array

a = array.array("i", [10, 20, 30, 40, 50])
print(a[1:3], a[:2], a[3:], a[-2:], a[:-3], a[10:], a[3:1])
b = a[:]
b[0] = 0
print(a[0], b[0], type(b) is type(a))
q = array.array("q", [2 ** 40, -1, 5])
print(q[1:])
