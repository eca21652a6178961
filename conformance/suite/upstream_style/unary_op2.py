x = 5
print(-x, +x, ~x, not x, -(-x), ~~x, - - x)
print(-0, +0.0, -0.0, -True, ~True, +False)
print(-(2 ** 70), ~(2 ** 70), +(2 ** 70))
print(-1.5, +1.5, not 0.0)
for v in ("s", [], None, {}):
    for op in (lambda a: -a, lambda a: +a, lambda a: ~a):
        try:
            op(v)
        except TypeError:
            print("TypeError")
