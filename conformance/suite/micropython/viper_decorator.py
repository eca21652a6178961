# mpconform: features=module:micropython
try:
    import micropython
except ImportError:
    print("SKIP")
    raise SystemExit

# Ports without the viper emitter reject the decorator when compiling: compile it with exec.
SOURCE = "@micropython.viper\ndef mul(a: int, b: int) -> int:\n    return a * b\n"
scope = {"micropython": micropython}
try:
    exec(SOURCE, scope)
except SyntaxError:
    print("SKIP")
    raise SystemExit
print(scope["mul"](6, 7))
