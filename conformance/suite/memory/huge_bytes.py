# 1 << 44 bytes exceeds every target's memory: a 64-bit target raises MemoryError, a 32-bit one may
# refuse the size itself with OverflowError. Either way the program must survive and go on.
try:
    x = bytes(1 << 44)
    print("allocated", len(x))
except (MemoryError, OverflowError):
    print("refused")
y = [1, 2, 3] * 10
print(len(y), sum(y))
