# mpconform: features=module:array,module:micropython
# Arrays are unhashable; the unix port has no array repetition and no item deletion.
import array


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


a = array.array("b", [1, 2])
show(lambda: hash(a))
show(lambda: a * 2)
show(lambda: {a: 1})


def delete():
    del a[0]


show(delete)
