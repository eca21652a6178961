# mpconform: features=module:array,module:micropython
# MicroPython joins the raw bytes when adding an array and another buffer; a list is refused.
import array


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


show(lambda: array.array("b", [1]) + array.array("h", [2]))
show(lambda: array.array("b", [1]) + b"\x02")
show(lambda: array.array("b", [1]) + bytearray(b"\x03"))
show(lambda: array.array("h", [1]) + bytearray(b"x"))
show(lambda: array.array("b", [1]) + [2])
