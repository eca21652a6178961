# mpconform: features=module:micropython
# Viper ints are machine words: arithmetic wraps instead of growing into a big int.
try:
    import micropython
except ImportError:
    print("SKIP")
    raise SystemExit
SOURCE = """
@micropython.viper
def shl(a: int, n: int) -> int:
    return a << n

@micropython.viper
def add(a: int, b: int) -> int:
    return a + b
"""
scope = {"micropython": micropython}
try:
    exec(SOURCE, scope)
except SyntaxError:
    print("SKIP")
    raise SystemExit
print(scope["add"](2, 3), scope["shl"](1, 10))
print(scope["shl"](1, 63) < 0, scope["add"](0x7FFFFFFFFFFFFFFF, 1) < 0)
