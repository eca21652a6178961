# mpconform: features=bigint
# int.from_bytes and to_bytes round-trip values wider than a machine word
b = bytes(range(1, 17))
n = int.from_bytes(b, "big")
print(n)
print(n.to_bytes(16, "big") == b)
m = int.from_bytes(b, "little")
print(m)
print(m.to_bytes(16, "little") == b)
