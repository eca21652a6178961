# mpconform: features=generators
# infinite generators consumed partially
def naturals():
    n = 0
    while True:
        yield n
        n += 1
out = []
for v in naturals():
    if v >= 5:
        break
    out.append(v)
print(out)
it = naturals()
print([next(it) for _ in range(3)])
