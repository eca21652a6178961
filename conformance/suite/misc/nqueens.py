def solve(n):
    count = 0
    cols = [0] * n

    def place(row):
        nonlocal count
        if row == n:
            count += 1
            return
        for c in range(n):
            if all(cols[r] != c and abs(cols[r] - c) != row - r for r in range(row)):
                cols[row] = c
                place(row + 1)

    place(0)
    return count


print([solve(n) for n in range(1, 8)])
