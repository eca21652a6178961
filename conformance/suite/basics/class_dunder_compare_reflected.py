# a > b falls back to b.__lt__(a) when only __lt__ is defined
class P:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o): return self.v < o.v
print(P(2) > P(1), P(1) > P(2))
print(max([P(3), P(5)]).v)
