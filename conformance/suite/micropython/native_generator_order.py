# mpconform: features=module:micropython
# A @micropython.native generator with yields inside expressions keeps source order, like bytecode.
try:
    import micropython
except ImportError:
    print("SKIP")
    raise SystemExit
SOURCE = """
@micropython.native
def g(log):
    r = log("a", 1) + (yield "first") + log("b", 10)
    yield r
"""
scope = {"micropython": micropython}
try:
    exec(SOURCE, scope)
except SyntaxError:
    print("SKIP")
    raise SystemExit


def log(tag, v):
    print("eval", tag)
    return v


it = scope["g"](log)
print(next(it))
print(it.send(100))
