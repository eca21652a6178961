# mpconform: features=module:micropython
try:
    import micropython
except ImportError:
    print("SKIP")
    raise SystemExit

@micropython.viper
def mul(a: int, b: int) -> int:
    return a * b
print(mul(6, 7))
