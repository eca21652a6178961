# mpconform: features=module:micropython
try:
    import micropython
except ImportError:
    print("SKIP")
    raise SystemExit

out = []
def cb(arg):
    out.append(arg)
micropython.schedule(cb, 1)
micropython.schedule(cb, 2)
# Scheduled callbacks run at the next VM check point, e.g. in this loop.
for i in range(100):
    pass
print(out)
