def f(n):
    try:
        if n == 0:
            return "ret"
        if n == 1:
            raise ValueError
        return "normal"
    except ValueError:
        return "except"
    finally:
        print("finally", n)
print(f(0), f(1), f(2))
def g():
    try:
        return 1
    finally:
        return 2
print(g())
def h():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            print("fin", i)
    return "done"
print(h())
