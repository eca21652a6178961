try:
    import os
except ImportError:
    print("SKIP")
    raise SystemExit

name = "io_file_print_to_file.tmp"
with open(name, "w") as f:
    print("via print", 42, file=f)
    print("x", "y", sep="+", file=f)
with open(name) as f:
    print(repr(f.read()))
os.remove(name)
