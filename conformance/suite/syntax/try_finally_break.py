# break in a finally block ends the loop and drops a pending exception or return.
def f():
    for i in range(5):
        try:
            raise KeyError(i)
        finally:
            break
    return "broken at %d" % i


print(f())


def g():
    while True:
        try:
            return "from try"
        finally:
            print("finally runs")
            break
    return "after break"


print(g())
for i in range(3):
    try:
        for j in range(3):
            try:
                if j == 1:
                    break
            finally:
                print("inner finally", i, j)
    finally:
        print("outer finally", i)
