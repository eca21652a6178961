# mpconform: features=module:hashlib
# mpconform: features=module:binascii

import binascii
import hashlib
print(binascii.hexlify(hashlib.md5(b"abc").digest()))
