# Big-int arithmetic: factorials of 40 to 59 by repeated multiplication, split into base-10**9 chunks by
# division; n = how many factorials.
# mpconform-bench: n=30 small=6 features=bigint
def bench(n):
    total = 0
    for k in range(n):
        f = 1
        for i in range(2, 40 + k % 20):
            f *= i
        if k == n - 1:
            mark()
        while f:
            f, r = divmod(f, 1000000000)
            total += r % 1000003
    return total
