# mpconform: features=module:array
# Item assignment with positive and negative indices, and out of range.
import array

a = array.array("h", [1, 2, 3])
a[0] = -7
a[-1] = 9
print(a)
for i in (3, -4):
    try:
        a[i] = 0
    except IndexError:
        print("IndexError", i)
    try:
        a[i]
    except IndexError:
        print("IndexError read", i)
print(a[-3], a[2])
