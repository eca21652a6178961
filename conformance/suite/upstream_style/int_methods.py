print((255).to_bytes(2, "big"), (255).to_bytes(2, "little"))
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"))
print((0).to_bytes(1, "big"), int.from_bytes(b"", "big"))
print((5).real if hasattr(5, "real") else 5)
