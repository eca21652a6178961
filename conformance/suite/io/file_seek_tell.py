try:
    import os
except ImportError:
    print("SKIP")
    raise SystemExit

name = "io_file_seek_tell.tmp"
with open(name, "wb") as f:
    f.write(b"0123456789")
with open(name, "rb") as f:
    f.seek(4)
    print(f.tell(), f.read(3), f.tell())
    f.seek(0)
    print(f.read(1))
os.remove(name)
