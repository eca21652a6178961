"""
categories: Builtins
description: print() writes only to streams: file= an object with a write() method raises OSError
cause: print() uses the stream protocol of its file, which only built-in streams and io.IOBase subclasses have; an io.IOBase subclass's write() gets each piece as a bytearray.
workaround: Derive the class from io.IOBase and let write() take bytes-like objects.
"""


class Sink:
    def write(self, s):
        return len(s)


try:
    print("text", file=Sink())
    print("written")
except OSError as e:
    print("OSError", e)
