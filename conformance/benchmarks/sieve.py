# Sieve of Eratosthenes over a bytearray of n flags: slice-free inner loops, one big buffer.
# mpconform-bench: n=20000 small=1000
def bench(n):
    flags = bytearray(n)
    count = 0
    last = 0
    for i in range(2, n):
        if not flags[i]:
            count += 1
            last = i
            for j in range(i * i, n, i):
                flags[j] = 1
    mark()
    return count * 100000 + last % 100000
