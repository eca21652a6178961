# mpconform: features=module:hashlib
# mpconform: features=module:binascii

import binascii
import hashlib
print(binascii.hexlify(hashlib.sha256(b"").digest()))
print(binascii.hexlify(hashlib.sha256(b"abc").digest()))
