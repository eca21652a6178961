try:
    import os
except ImportError:
    print("SKIP")
    raise SystemExit

name = "io_file_append.tmp"
with open(name, "w") as f:
    f.write("one")
with open(name, "a") as f:
    f.write("two")
with open(name) as f:
    print(f.read())
os.remove(name)
