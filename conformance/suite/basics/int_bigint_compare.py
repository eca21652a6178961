# mpconform: features=bigint
# comparisons between small and big ints and mixed signs
vals = [0, 1, -1, 2 ** 64, -(2 ** 64), 2 ** 64 + 1, 2 ** 31]
vals2 = sorted(vals)
print(vals2)
print(max(vals), min(vals))
for a in vals[:4]:
    print([a < b for b in vals], [a == b for b in vals])
