try:
    import os
except ImportError:
    print("SKIP")
    raise SystemExit

name = "io_file_readlines.tmp"
with open(name, "w") as f:
    f.write("1\n2\n3\n")
with open(name, "r") as f:
    print(f.readlines())
os.remove(name)
