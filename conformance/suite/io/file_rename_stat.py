try:
    import os
except ImportError:
    print("SKIP")
    raise SystemExit

a = "io_file_rename_a.tmp"
b = "io_file_rename_b.tmp"
with open(a, "w") as f:
    f.write("12345")
os.rename(a, b)
print(os.stat(b)[6])
print(a in os.listdir("."), b in os.listdir("."))
os.remove(b)
