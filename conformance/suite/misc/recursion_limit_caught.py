def down(n):
    return down(n + 1) + 1


# CPython raises RecursionError, a subclass of RuntimeError; MicroPython raises RuntimeError.
try:
    down(0)
except RuntimeError:
    print("RuntimeError caught")
print("alive")
