# mpconform: features=module:micropython
# On the unix port slice objects are made only by subscription: calling slice() fails, they are not hashable,
# and two equal-looking slices are not equal.
class Grab:
    def __getitem__(self, key):
        return key


g = Grab()


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


show(lambda: slice(1, 2))
show(lambda: hash(g[1:2]))
show(lambda: g[1:2] == g[1:2])
show(lambda: type(slice))
