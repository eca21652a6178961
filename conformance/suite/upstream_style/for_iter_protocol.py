class It:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
for x in It(3):
    print(x)
print(list(It(2)), sum(It(4)))
class Bad:
    pass
try:
    for x in Bad():
        pass
except TypeError:
    print("TypeError")
class BadIter:
    def __iter__(self):
        return 5
try:
    for x in BadIter():
        pass
except TypeError:
    print("TypeError")
