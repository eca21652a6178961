# catching with a class computed at runtime
def pick(n):
    return (KeyError, ValueError)[n]
for n in (0, 1):
    try:
        raise pick(n)("x")
    except pick(n) as e:
        print(type(e).__name__)
