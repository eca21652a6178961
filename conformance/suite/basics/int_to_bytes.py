# int.to_bytes with both byte orders
print((1).to_bytes(1, "big"), (1).to_bytes(1, "little"))
print((258).to_bytes(2, "big"), (258).to_bytes(2, "little"))
print((258).to_bytes(4, "big"), (258).to_bytes(4, "little"))
print((0).to_bytes(3, "big"))
print((0xdeadbeef).to_bytes(4, "big"))
print((0xdeadbeef).to_bytes(8, "little"))
