try:
    import os
except ImportError:
    print("SKIP")
    raise SystemExit

name = "io_file_listdir_remove.tmp"
with open(name, "w") as f:
    f.write("")
print(name in os.listdir("."))
os.remove(name)
print(name in os.listdir("."))
try:
    os.remove(name)
except OSError:
    print("OSError")
