def try_huge():
    try:
        return len(bytearray(1 << 44))
    except (MemoryError, OverflowError):
        return -1


results = [try_huge() for _ in range(3)]
print(results)
data = list(range(1000))
print(sum(data), len(data))
