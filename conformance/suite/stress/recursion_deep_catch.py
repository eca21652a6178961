def deep(n):
    return deep(n + 1)


def probe():
    try:
        deep(0)
    except RuntimeError:
        return "RuntimeError"
    return "no error"


print(probe(), probe())
