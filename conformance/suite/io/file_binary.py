try:
    import os
except ImportError:
    print("SKIP")
    raise SystemExit

name = "io_file_binary.tmp"
with open(name, "wb") as f:
    print(f.write(bytes(range(256))))
with open(name, "rb") as f:
    data = f.read()
print(len(data), data[:4], data[-2:])
with open(name, "rb") as f:
    print(f.read(3), f.read(2))
os.remove(name)
