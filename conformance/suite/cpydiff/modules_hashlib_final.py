"""
categories: Modules,hashlib
description: A hash object cannot be used after digest()
cause: digest() finalises the hash state in place instead of working on a copy.
workaround: Call digest() once and keep the result.
"""
import hashlib

h = hashlib.sha256(b"abc")
h.digest()
try:
    print(len(h.digest()))
except ValueError:
    print("ValueError")
