# instances with __call__ are callable with any argument forms
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *rest, scale=1):
        return (self.n + x + sum(rest)) * scale
a = Adder(1)
print(a(2), a(2, 3, 4), a(1, scale=10), list(map(a, [1, 2])))
