# int.to_bytes with signed=True for negative values
print((-1).to_bytes(2, "big", signed=True))
print((-2).to_bytes(2, "little", signed=True))
print((-128).to_bytes(1, "big", signed=True))
print((127).to_bytes(1, "big", signed=True))
