# bytes are immutable; out-of-range values are rejected
b = b"abc"
try:
    b[0] = 1
except TypeError:
    print("TypeError assign")
try:
    bytes([256])
except ValueError:
    print("ValueError range")
try:
    bytes([-1])
except ValueError:
    print("ValueError negative")
