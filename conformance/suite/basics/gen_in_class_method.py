# mpconform: features=generators
# generator methods access self
class Range2:
    def __init__(self, n):
        self.n = n
    def items(self):
        for i in range(self.n):
            yield (i, self.n)
print(list(Range2(3).items()))
