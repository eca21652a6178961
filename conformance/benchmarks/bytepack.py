# bytearray and struct: pack n little-endian records into one buffer, unpack them, copy bytes, checksum.
# mpconform-bench: n=500 small=60 features=module:struct
import struct


def bench(n):
    size = struct.calcsize('<HhI')
    buf = bytearray(size * n)
    for i in range(n):
        struct.pack_into('<HhI', buf, i * size, i % 65536, -i % 30000, i * 7919)
    mark()
    total = 0
    for i in range(0, n, 3):
        a, b, c = struct.unpack_from('<HhI', buf, i * size)
        total += a + b + c % 1009
    copy = bytes(buf)
    for i in range(len(copy)):
        total += copy[i] ^ buf[len(buf) - 1 - i]
    return total
