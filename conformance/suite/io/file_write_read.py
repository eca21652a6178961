try:
    import os
except ImportError:
    print("SKIP")
    raise SystemExit

name = "io_file_write_read.tmp"
with open(name, "w") as f:
    print(f.write("first line\n"), f.write("second\n"))
with open(name) as f:
    print(repr(f.read()))
os.remove(name)
