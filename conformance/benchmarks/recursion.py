# Recursion: naive Fibonacci, many small calls and returns; n = how many fib(k) trees, k from 8 to 14.
# mpconform-bench: n=20 small=4
def fib(k):
    if k < 2:
        return k
    return fib(k - 1) + fib(k - 2)


def bench(n):
    total = 0
    for i in range(n):
        total += fib(8 + i % 7)
    return total
