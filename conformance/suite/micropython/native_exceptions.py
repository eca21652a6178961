# mpconform: features=module:micropython
# Exceptions raised and caught inside @micropython.native code, including try/finally with continue.
try:
    import micropython
except ImportError:
    print("SKIP")
    raise SystemExit
SOURCE = """
@micropython.native
def f(n):
    out = []
    for i in range(n):
        try:
            if i % 2:
                raise ValueError(i)
            out.append(i)
        except ValueError as e:
            out.append(-e.args[0])
        finally:
            continue
    return out
"""
scope = {"micropython": micropython}
try:
    exec(SOURCE, scope)
except SyntaxError:
    print("SKIP")
    raise SystemExit
print(scope["f"](5))
