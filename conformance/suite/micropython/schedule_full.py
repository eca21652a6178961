# mpconform: features=module:micropython
try:
    import micropython
except ImportError:
    print("SKIP")
    raise SystemExit

result = []


def cb(arg):
    pass


def fill(_):
    # Callbacks do not nest, so inside one the queue only grows until it is full.
    n = 0
    try:
        for i in range(1000):
            micropython.schedule(cb, i)
            n += 1
        result.append("never full")
    except RuntimeError:
        result.append("RuntimeError")
    result.append(0 < n < 1000)


micropython.schedule(fill, None)
for i in range(100):
    pass
print(result)
