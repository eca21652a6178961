# mpconform: features=module:array,float,module:micropython
# MicroPython compares arrays of different typecodes or orders arrays only as NotImplementedError.
import array


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


show(lambda: array.array("b", [1]) == array.array("h", [1]))
show(lambda: array.array("f", [1]) == array.array("d", [1]))
show(lambda: array.array("b", [1]) < array.array("b", [2]))
show(lambda: array.array("b", [1]) != array.array("B", [1]))
