moves = []


def hanoi(n, src, dst, via):
    if n:
        hanoi(n - 1, src, via, dst)
        moves.append((src, dst))
        hanoi(n - 1, via, dst, src)


hanoi(6, "A", "C", "B")
print(len(moves), moves[:3], moves[-1])
