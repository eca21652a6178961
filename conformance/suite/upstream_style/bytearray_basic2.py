b = bytearray(b"abc")
print(b, len(b), b[0], b[-1], b[1:])
b[0] = 65
print(b)
b.append(100)
b.extend(b"ef")
print(b)
b += b"!"
print(b, type(b))
print(bytearray(3), bytearray([1, 2, 255]), bytearray())
print(bytearray("hi", "utf-8"))
print(b == b"Abcdef!", bytearray(b"x") == bytearray(b"x"))
print(list(bytearray(b"\x01\x02")))
try:
    bytearray([256])
except ValueError:
    print("ValueError")
try:
    b[100]
except IndexError:
    print("IndexError")
try:
    bytearray("abc")
except TypeError:
    print("TypeError")
print(bytearray(b"ab") + b"cd", b"ab" + bytearray(b"cd"))
