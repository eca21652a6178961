# mpconform: features=module:micropython
# print(file=...) to an io.IOBase subclass calls its write() with bytes-like chunks.
import io


class W(io.IOBase):
    def __init__(self):
        self.chunks = []

    def write(self, b):
        self.chunks.append(bytes(b))
        return len(b)


w = W()
print("ab", 1, file=w)
print("x", end="", file=w)
print(file=w)
print(b"".join(w.chunks))
