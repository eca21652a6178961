N = 1000
flags = [True] * (N + 1)
flags[0] = flags[1] = False
for i in range(2, 32):
    if flags[i]:
        for j in range(i * i, N + 1, i):
            flags[j] = False
primes = [i for i in range(N + 1) if flags[i]]
print(len(primes), primes[:10], primes[-3:])
