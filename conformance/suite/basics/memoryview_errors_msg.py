# mpconform: features=memoryview,bytearray,module:micropython
# The unix port's messages for memoryview misuse.


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


def write_bytes():
    memoryview(b"abc")[0] = 1


def write_size():
    memoryview(bytearray(4))[1:3] = b"xyz"


show(lambda: memoryview(1))
show(write_bytes)
show(write_size)
show(lambda: memoryview(b"abc")[3])
show(lambda: memoryview(b"abc")[::2])
show(lambda: memoryview())
