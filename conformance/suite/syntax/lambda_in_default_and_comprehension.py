# lambdas in defaults and in comprehensions capture correctly
def f(op=lambda a, b: a - b):
    return op(5, 3)
print(f(), f(lambda a, b: a * b))
adders = [(lambda n: lambda x: x + n)(i) for i in range(3)]
print([a(10) for a in adders])
