# tuples formed by commas in returns, assignments and for targets
def f():
    return 1, 2,
t = 3, 4
for a, b in (1, 2), (3, 4):
    print(a, b)
print(f(), t, type(t).__name__)
