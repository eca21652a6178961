# sum() over user objects uses __radd__ for the int start value
class M:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return M(self.v + (o.v if isinstance(o, M) else o))
    def __radd__(self, o):
        return M(o + self.v)
print(sum([M(1), M(2), M(3)]).v)
