# mpconform: features=module:array
# Slice assignment from an array can grow or shrink the target.
import array

a = array.array("B", [1, 2, 3, 4, 5])
a[1:3] = array.array("B", [9, 9, 9])
print(a)
a[0:4] = array.array("B", [7])
print(a)
a[2:2] = array.array("B", [6, 6])
print(a)
a[:] = array.array("B")
print(a, len(a))
h = array.array("h", [1, 2, 3])
h[1:] = array.array("h", [-5, -6, -7])
print(h)
