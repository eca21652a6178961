# mpconform: features=module:hashlib
# mpconform: features=module:binascii

import binascii
import hashlib

# md5 is optional in MicroPython builds (the webassembly port leaves it out).
if not hasattr(hashlib, "md5"):
    print("SKIP")
    raise SystemExit
print(binascii.hexlify(hashlib.md5(b"abc").digest()))
