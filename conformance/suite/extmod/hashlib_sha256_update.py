# mpconform: features=module:hashlib

import hashlib
h = hashlib.sha256()
h.update(b"ab")
h.update(b"c")
d = h.digest()
print(d == hashlib.sha256(b"abc").digest())
print(len(d))
