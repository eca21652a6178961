print(b"\x00\xff".hex(), bytearray(b"ab").hex(), bytes.fromhex("00ff10"), b"".hex())
try:
    bytes.fromhex("zz")
except ValueError:
    print("ValueError")
print(hex(0), hex(-16), "%x" % 255, format(255, "x") if False else "ff")
