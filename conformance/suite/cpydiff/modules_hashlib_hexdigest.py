"""
categories: Modules,hashlib
description: hash objects have no hexdigest() method
cause: Only digest() is implemented.
workaround: Use binascii.hexlify(h.digest()).
"""
import hashlib

print(hasattr(hashlib.sha256(b"a"), "hexdigest"))
