# unary minus, plus and invert
for v in (0, 1, -1, 42, -42):
    print(v, -v, +v, ~v, - -v, ~~v)
