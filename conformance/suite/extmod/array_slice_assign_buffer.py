# mpconform: features=module:array,module:micropython
# MicroPython: a byte array slice accepts bytes and bytearray on the right side; lists are refused.
import array


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


def assign(target, value):
    target[1:3] = value
    return target


show(lambda: assign(array.array("B", [1, 2, 3, 4]), b"\x07"))
show(lambda: assign(array.array("B", [1, 2, 3, 4]), bytearray(b"\x07\x08\x09")))
show(lambda: assign(array.array("B", [1, 2, 3, 4]), [7]))
show(lambda: assign(array.array("B", [1, 2, 3, 4]), array.array("h", [7])))
show(lambda: assign(array.array("h", [1, 2, 3, 4]), array.array("H", [7])))
