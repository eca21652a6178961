# global and nonlocal declarations in class bodies and methods.
counter = 0


def outer():
    value = 1

    class K:
        nonlocal value
        value = 2
        global counter
        counter = 10

        def bump(self):
            nonlocal value
            value += 1
            return value
    k = K()
    return value, k.bump(), value, hasattr(K, "value")


print(outer(), counter)
