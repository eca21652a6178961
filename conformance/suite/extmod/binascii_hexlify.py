# mpconform: features=module:binascii

import binascii
print(binascii.hexlify(b"\x00\x01\xfe\xff"))
print(binascii.unhexlify(b"48656c6c6f"))
print(binascii.unhexlify("4142"))
print(binascii.hexlify(b""))
