"""
categories: Modules,json
description: JSON module does not throw exception when object is not serialisable
cause: Unknown objects are written with their repr instead of raising TypeError.
workaround: Convert values to JSON types before dumping.
"""
import json

try:
    print(json.dumps(b"abc"))
except TypeError:
    print("TypeError")
