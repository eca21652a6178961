# mpconform: features=module:binascii

import binascii
print(binascii.crc32(b"hello"))
print(binascii.crc32(b""))
print(binascii.crc32(b"world", binascii.crc32(b"hello ")) == binascii.crc32(b"hello world"))
