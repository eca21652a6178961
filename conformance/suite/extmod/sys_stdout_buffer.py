# sys.stdout.buffer takes bytes-like objects; what it returns is the count written.
import sys

sys.stdout.flush()
counts = [
    sys.stdout.buffer.write(b"raw bytes\n"),
    sys.stdout.buffer.write(bytearray(b"from bytearray\n")),
    sys.stdout.buffer.write(memoryview(b"xx memoryview\n")[3:]),
]
sys.stdout.buffer.flush()
print(counts, hasattr(sys.stdin, "buffer"), hasattr(sys.stderr, "buffer"))
