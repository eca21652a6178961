"""
categories: Types,int
description: int.from_bytes() and int.to_bytes() do not accept keyword arguments
cause: The methods take positional arguments only, and signed conversion is not supported that way.
workaround: Pass byteorder positionally and handle the sign yourself.
"""
try:
    print(int.from_bytes(b"\xff\xfe", "big", signed=True))
except TypeError:
    print("TypeError")
