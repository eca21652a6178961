b = b"hello"
print(b, len(b), b[0], b[-1], b[1:3], type(b[0]), type(b[1:3]))
print(b + b" world", b * 2, 2 * b"ab")
print(b"ll" in b, 104 in b, b"z" in b)
print(bytes(3), bytes([65, 66]), bytes(), bytes(b"x"))
print(bytes("abc", "utf-8"), bytes(range(3)))
print(b == b"hello", b != b"hellp", b < b"help", b > b"abc")
print(list(b"abc"))
try:
    b[0] = 1
except TypeError:
    print("TypeError")
try:
    b[10]
except IndexError:
    print("IndexError")
try:
    bytes([300])
except ValueError:
    print("ValueError")
try:
    bytes("abc")
except TypeError:
    print("TypeError")
