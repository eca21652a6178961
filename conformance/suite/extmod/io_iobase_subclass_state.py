# An io.IOBase subclass keeps its own attributes and methods like any class.
import io


class Counter(io.IOBase):
    def __init__(self):
        self.n = 0

    def write(self, b):
        self.n += len(b)
        return len(b)

    def total(self):
        return self.n


c = Counter()
print("hello", file=c)
print("wor", "ld", file=c)
print(c.total(), isinstance(c, io.IOBase), type(c).__name__)
