# Backtracking: count the solutions of the k-queens problem, k from 4 to 7; n = how many boards.
# The search keeps its own stack of columns rather than recursing: small boards allow only a few call levels.
# mpconform-bench: n=4 small=1
def queens(k):
    cols = [-1] * k
    row = 0
    found = 0
    while row >= 0:
        c = cols[row] + 1
        while c < k:
            ok = True
            for r in range(row):
                d = cols[r] - c
                if d == 0 or d == row - r or d == r - row:
                    ok = False
                    break
            if ok:
                break
            c += 1
        if c < k:
            cols[row] = c
            if row == k - 1:
                found += 1
            else:
                row += 1
                cols[row] = -1
        else:
            row -= 1
    return found


def bench(n):
    total = 0
    for i in range(n):
        total += queens(4 + i % 4) * (i + 1)
    return total
