# ** accepts any object with keys() and __getitem__.
class M:
    def keys(self):
        return ["a", "b"]

    def __getitem__(self, k):
        return k.upper()


def f(**kw):
    return sorted(kw.items())


print(f(**M()))
print(f(**M(), c=1))
print(f(x=0, **M()))
