# Method calls: small classes with inheritance and bound-method calls in a loop (call depth kept to three:
# small boards allow only a few call levels).
# mpconform-bench: n=2000 small=200
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def dot(self, o):
        return self.x * o.x + self.y * o.y

    def norm1(self):
        return abs(self.x) + abs(self.y)


class Counter(Vec):
    def step(self, v):
        self.n += 1
        self.x = (self.x + v.x) % 1000
        self.y = (self.y + v.y) % 1000
        return self.dot(v) + self.norm1()


def bench(n):
    c = Counter(0, 0)
    c.n = 0
    v = Vec(3, 5)
    step = c.step
    total = 0
    for i in range(n):
        total += step(v) % 97
        if i % 50 == 0:
            v = Vec(v.y, v.x + 1)
    return total * 1000 + c.x + c.y + c.n
