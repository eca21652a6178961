# mpconform: features=module:array,bigint
# Storing big values into 64-bit arrays item by item and reading them back.
import array

a = array.array("q", [0, 0, 0])
a[0] = 2 ** 40
a[1] = -(2 ** 50)
a[2] = 12345678901234
print(a, sum(a))
b = array.array("Q", [0, 0])
b[0] = 2 ** 63
b[1] = 2 ** 64 - 2
print(b, b[0] > b[1] // 2)
b.append(7)
b.extend([2 ** 33, 2 ** 62])
print(b, len(b))
