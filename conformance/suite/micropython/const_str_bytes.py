# mpconform: features=module:micropython
try:
    import micropython
except ImportError:
    print("SKIP")
    raise SystemExit

from micropython import const
S = const("text")
B = const(b"raw")
print(S, B, S + "!")
