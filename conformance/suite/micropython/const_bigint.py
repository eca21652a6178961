# mpconform: features=module:micropython
try:
    import micropython
except ImportError:
    print("SKIP")
    raise SystemExit

from micropython import const
# mpconform: features=bigint
BIG = const(1 << 70)
print(BIG, BIG >> 69)
