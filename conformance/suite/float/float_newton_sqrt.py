# mpconform: features=float
# Newton's method converges to square roots (formatted)
def sqrt(x):
    g = x / 2 if x > 1 else 1.0
    for _ in range(30):
        g = (g + x / g) / 2
    return g
for v in (2, 9, 10, 0.25):
    print("%.8f" % sqrt(v))
