# mpconform: features=module:array
# Every typecode of the unix port: construction, repr, item values and raw size.
import array

for code in "bBhHiIlLqQ":
    a = array.array(code, [0, 1, 100])
    print(code, a, len(a), len(bytes(a)), a[2])
for code in "fd":
    a = array.array(code, [0, 1.5, -2.25])
    print(code, a, len(a), len(bytes(a)), a[2])
