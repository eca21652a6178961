# mpconform: heap=256k timeout=20

class P:
    def __init__(self, v):
        self.v = v


objs = [P(i) for i in range(20000)]
print(len(objs), sum(o.v for o in objs))
