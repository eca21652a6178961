# mpconform: features=bytearray
# del of a bytearray slice
ba = bytearray(b"0123456789")
del ba[-2:]
print(ba)
del ba[:3]
print(ba)
