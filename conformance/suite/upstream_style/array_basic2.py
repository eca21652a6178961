from array import array
a = array("i", [1, 2, 3])
print(a, len(a), a[0], a[-1], list(a), type(a).__name__)
a.append(4)
a.extend([5, 6])
print(a, a[1:3])
a[0] = 10
print(a[0], sum(a))
b = array("B", [1, 2])
print(b, bytes(b))
print(array("b"), array("f", [1.5]), array("h", b"\x01\x00\x02\x00") if False else array("h", [1, 2]))
try:
    array("B", [256])
except OverflowError:
    print("OverflowError")
try:
    a[100]
except IndexError:
    print("IndexError")
try:
    array("z")
except ValueError:
    print("ValueError")
print(array("i", [1]) + array("i", [2]))
