try:
    import os
except ImportError:
    print("SKIP")
    raise SystemExit

name = "io_file_closed_ops.tmp"
f = open(name, "w")
f.write("x")
f.close()
try:
    f.write("y")
    print("wrote after close")
except (ValueError, OSError):
    print("error after close")
os.remove(name)
