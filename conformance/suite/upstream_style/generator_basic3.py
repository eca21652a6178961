def g(n):
    for i in range(n):
        yield i * i
print(list(g(4)), sum(g(3)))
gen = g(2)
print(next(gen), next(gen))
try:
    next(gen)
except StopIteration:
    print("StopIteration")
try:
    next(gen)
except StopIteration:
    print("StopIteration again")
def r():
    yield 1
    return 5
it = r()
next(it)
try:
    next(it)
except StopIteration as e:
    print("value", e.value, e.args)
print(type(g(1)).__name__, iter(gen) is gen)
