# list membership and index use __eq__ of user objects
class P:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return isinstance(o, P) and o.v == self.v
l = [P(1), P(2)]
print(P(2) in l, P(3) in l, l.index(P(2)), l.count(P(1)))
