# mpconform: features=module:micropython
# The unix port's io.IOBase: print() hands each piece to write() as a bytearray, the class has no methods
# of its own, and print() to an object that is not a stream is refused.
import io
import sys


class W(io.IOBase):
    def write(self, b):
        sys.stdout.write("%s %r\n" % (type(b).__name__, bytes(b)))
        return len(b)


print("ab", 1, file=W())
print(io.IOBase, sorted(x for x in dir(io.IOBase) if not x.startswith("__")))
print(isinstance(io.StringIO(), io.IOBase), sorted(x for x in dir(io) if not x.startswith("_")))


class S:
    def write(self, s):
        return len(s)


try:
    print("x", file=S())
except OSError as e:
    print("OSError", e)
