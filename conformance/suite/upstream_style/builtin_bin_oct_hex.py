for n in (0, 1, -1, 5, 255, -256, 2**40, -(2**65)):
    print(bin(n), oct(n), hex(n))
print(hex(True), bin(False))
for x in (1.5, "1", None):
    try:
        hex(x)
    except TypeError:
        print("TypeError")
try:
    bin()
except TypeError:
    print("TypeError")
