def f(n):
    try:
        if n:
            raise ValueError
    except ValueError:
        print("except")
    else:
        print("else")
    finally:
        print("finally")
f(0)
f(1)
try:
    try:
        raise KeyError
    finally:
        print("inner finally")
except KeyError:
    print("outer caught")
def g():
    try:
        raise ValueError
    finally:
        return "swallowed"
print(g())
