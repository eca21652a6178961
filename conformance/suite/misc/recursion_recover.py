def down(n):
    return down(n + 1)


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


for attempt in range(3):
    try:
        down(0)
    except RuntimeError:
        pass
print(depth(50))
