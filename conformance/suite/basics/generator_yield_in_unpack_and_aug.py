# yield in unpacking sources, augmented assignment and chained assignment.
def g():
    a, b = (yield 1), (yield 2)
    print(a, b)
    total = 10
    total += (yield 3)
    print(total)
    x = y = (yield 4)
    print(x, y)
    lst = [1]
    lst[0] += (yield 5)
    print(lst)


it = g()
vals = [next(it)]
for v in ("A", "B", 5, "same", 100):
    try:
        vals.append(it.send(v))
    except StopIteration:
        vals.append("done")
print(vals)
