# mpconform: features=module:micropython
# repr and str of user exception subclasses with zero, one and two arguments (unix port format).
class MyErr(Exception):
    pass


class MyVal(ValueError):
    pass


for e in (MyErr(), MyErr("x"), MyErr("x", 2), MyVal(3), MyVal()):
    print(repr(e), "|", str(e), "|", e.args)
