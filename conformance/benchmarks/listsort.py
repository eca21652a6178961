# List sort: n pseudo-random ints (a small LCG), sorted plainly, by a key, and in reverse.
# Keys are unique: MicroPython's sort is not stable, so equal keys could legitimately come out in either order.
# mpconform-bench: n=1000 small=100
def bench(n):
    x = 1
    data = []
    for i in range(n):
        x = (x * 75 + 74) % 65537
        data.append(x)
    a = sorted(data)
    mark()
    b = sorted(data, key=lambda v: v % 1000 * 65537 + v)
    data.sort(reverse=True)
    total = 0
    for i in range(0, n, 7):
        total += a[i] * 3 + b[i] * 5 + data[i]
    return total
