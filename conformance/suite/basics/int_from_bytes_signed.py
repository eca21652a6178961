# int.from_bytes with signed=True reads two's complement
print(int.from_bytes(b"\xff\xff", "big", signed=True))
print(int.from_bytes(b"\x00\x80", "little", signed=True))
print(int.from_bytes(b"\x7f", "big", signed=True))
