# mpconform: features=module:hashlib
# mpconform: features=module:binascii

import binascii
import hashlib
print(binascii.hexlify(hashlib.sha1(b"abc").digest()))
print(len(hashlib.sha1(b"").digest()))
