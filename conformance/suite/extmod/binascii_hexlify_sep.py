# mpconform: features=module:binascii

import binascii
print(binascii.hexlify(b"abc", ":"))
print(binascii.hexlify(b"\x01", "-"))
