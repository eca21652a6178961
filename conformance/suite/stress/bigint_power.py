# mpconform: features=bigint heap=64k

n = 2 ** 10000
s = str(n)
print(len(s), s[:10], s[-10:])
print(n % 1000007, (n >> 9990))
