class A:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return isinstance(o, A) and self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
    def __le__(self, o):
        return self.v <= o.v
    def __gt__(self, o):
        return self.v > o.v
    def __ge__(self, o):
        return self.v >= o.v
    def __hash__(self):
        return hash(self.v)
    def __len__(self):
        return self.v
    def __iter__(self):
        return iter(range(self.v))
    def __repr__(self):
        return "A(%d)" % self.v
a, b = A(1), A(2)
print(a == A(1), a != b, a < b, a <= b, a > b, a >= b)
print(sorted([b, a]), max(a, b), len(b), list(b))
print(len({a, A(1)}), A(3) in [A(3)])
