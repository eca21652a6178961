# closures with nonlocal keep independent state per call of the factory
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
a = counter(); b = counter()
print(a(), a(), a(), b())
