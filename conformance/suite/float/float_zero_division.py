# mpconform: features=float
# float division, floor division and modulo by zero raise ZeroDivisionError
for op in ("/", "//", "%"):
    for a in (1.0, 0.0, -1.0):
        try:
            eval("a %s 0.0" % op)
            print("no error")
        except ZeroDivisionError:
            print("ZeroDivisionError", op, a)
