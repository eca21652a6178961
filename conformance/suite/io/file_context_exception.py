try:
    import os
except ImportError:
    print("SKIP")
    raise SystemExit

name = "io_file_context_exception.tmp"
try:
    with open(name, "w") as f:
        f.write("partial")
        raise KeyError("boom")
except KeyError:
    print("KeyError propagated")
with open(name) as f:
    print(f.read())
os.remove(name)
