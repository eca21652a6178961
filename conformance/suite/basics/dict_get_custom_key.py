# user objects with __hash__ and __eq__ as dict keys
class K:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, other):
        return isinstance(other, K) and self.v == other.v

d = {K(1): "one"}
print(d[K(1)], K(2) in d, K(1) in d)
