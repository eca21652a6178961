# mpconform: features=module:micropython
try:
    import micropython
except ImportError:
    print("SKIP")
    raise SystemExit

@micropython.native
def add(a, b):
    return a + b
print(add(2, 3), add("a", "b"))
