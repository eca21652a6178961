# mpconform: features=bigint
# sum and repeated addition cross the small-int boundary
s = 0
for i in range(100):
    s += 2 ** 40 + i
print(s)
print(sum(range(10 ** 6, 10 ** 6 + 100)))
print(sum([2 ** 62] * 8))
