# mpconform: features=generators
# generators close over variables of the enclosing function
def make(k):
    def g():
        for i in range(3):
            yield i * k
    return g
print(list(make(10)()), list(make(2)()))
