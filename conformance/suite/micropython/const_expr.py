# mpconform: features=module:micropython
try:
    import micropython
except ImportError:
    print("SKIP")
    raise SystemExit

from micropython import const
A = const(1 << 4)
B = const(A | 3)
C = const(-A)
print(A, B, C, A * B)
