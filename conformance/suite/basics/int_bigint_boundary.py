# mpconform: features=bigint
# values around 2**30, 2**31, 2**62, 2**63 and 2**64 behave like all other ints
for e in (30, 31, 32, 62, 63, 64):
    n = 2 ** e
    for v in (n - 1, n, n + 1, -n, -n - 1):
        print(e, v, v + 1, v - 1, v * 2, v // 3, v % 7, -v)
