# mpconform: features=module:hashlib

import hashlib
data = b"0123456789" * 100
a = hashlib.sha256(data).digest()
h = hashlib.sha256()
for i in range(0, len(data), 64):
    h.update(data[i:i + 64])
print(a == h.digest())
