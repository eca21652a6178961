# mpconform: features=module:array,module:micropython
# The unix port's messages for bad array construction.
import array


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


show(lambda: array.array("z"))
show(lambda: array.array("b", 5))
show(lambda: array.array("b", ["x"]))
show(lambda: array.array("i", [1.5]))
show(lambda: array.array("f", ["a"]))
show(lambda: array.array())
