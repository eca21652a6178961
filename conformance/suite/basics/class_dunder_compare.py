# rich comparison dunders and sorting user objects
class P:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
    def __le__(self, o): return self.v <= o.v
    def __gt__(self, o): return self.v > o.v
    def __ge__(self, o): return self.v >= o.v
    def __repr__(self): return "P%d" % self.v
a, b = P(1), P(2)
print(a == P(1), a != b, a < b, b > a, a <= a, b >= a)
print(sorted([P(3), P(1), P(2)]), max([P(3), P(5)]), min(P(4), P(0)))
