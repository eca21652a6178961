# bytes.hex and bytes.fromhex
print(b"\x00\xffab".hex(), bytes.fromhex("00ff6162"), bytes.fromhex("de ad be ef"))
print(bytearray(b"\x01\x02").hex())
