# mpconform: features=module:hashlib
# mpconform: features=module:binascii

import binascii
import hashlib

# sha1 is optional in MicroPython builds (the webassembly port leaves it out).
if not hasattr(hashlib, "sha1"):
    print("SKIP")
    raise SystemExit
print(binascii.hexlify(hashlib.sha1(b"abc").digest()))
print(len(hashlib.sha1(b"").digest()))
