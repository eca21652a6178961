# every integer division by zero raises ZeroDivisionError
for op in (lambda a, b: a // b, lambda a, b: a % b, lambda a, b: divmod(a, b)):
    for a in (0, 1, -5):
        try:
            op(a, 0)
            print("no error")
        except ZeroDivisionError:
            print("ZeroDivisionError", a)
try:
    pow(0, -1)
except ZeroDivisionError:
    print("pow ZeroDivisionError")
