try:
    import os
except ImportError:
    print("SKIP")
    raise SystemExit

name = "io_file_readline_iter.tmp"
with open(name, "w") as f:
    f.write("a\nbb\nccc")
with open(name) as f:
    print(repr(f.readline()))
    for line in f:
        print(repr(line))
os.remove(name)
