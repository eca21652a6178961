# mpconform: features=module:micropython
try:
    import micropython
except ImportError:
    print("SKIP")
    raise SystemExit

# Ports without the native emitter reject the decorator when compiling, so the function is compiled
# with exec: a SyntaxError there means the feature is absent, not that the test failed.
SOURCE = "@micropython.native\ndef add(a, b):\n    return a + b\n"
scope = {"micropython": micropython}
try:
    exec(SOURCE, scope)
except SyntaxError:
    print("SKIP")
    raise SystemExit
add = scope["add"]
print(add(2, 3), add("a", "b"))
