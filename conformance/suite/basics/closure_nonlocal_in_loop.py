# nonlocal rebinding inside a loop within the closure
def acc():
    total = 0
    def add(*vals):
        nonlocal total
        for v in vals:
            total += v
        return total
    return add
a = acc()
print(a(1, 2), a(3), a())
