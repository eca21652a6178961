# Dict churn: insert n int and n str keys, delete every third, overwrite, look up; order-free checksum.
# mpconform-bench: n=500 small=60
def bench(n):
    d = {}
    for i in range(n):
        d[i] = i * 3
        d['k' + str(i)] = i
    mark()
    for i in range(0, n, 3):
        del d[i]
        del d['k' + str(i)]
    for i in range(n):
        d[i * 2] = d.get(i * 2, 0) + 1
    total = 0
    for i in range(2 * n):
        if i in d:
            total += d[i]
        total += d.get('k' + str(i), 0)
    return total * 10 + len(d)
