# mpconform: features=module:micropython
# The unix port's struct errors are ValueError/TypeError with its own messages (CPython: struct.error).
import struct


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


show(lambda: struct.pack("z", 1))
show(lambda: struct.unpack("<B", b""))
show(lambda: struct.unpack_from("<H", b"\x00\x01\x02", 2))
show(lambda: struct.pack_into("<I", bytearray(8), 6, 1))
show(lambda: struct.pack("<I", "x"))
show(lambda: struct.pack("<i", 1.5))
show(lambda: sorted(x for x in dir(struct) if not x.startswith("_")))
