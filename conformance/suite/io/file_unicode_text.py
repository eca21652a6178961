try:
    import os
except ImportError:
    print("SKIP")
    raise SystemExit
# mpconform: features=unicode

name = "io_file_unicode_text.tmp"
text = "\u00e9t\u00e9 \u4e2d\n"
with open(name, "w", encoding="utf-8") as f:
    f.write(text)
with open(name, "rb") as f:
    raw = f.read()
print(len(raw), raw == text.encode())
with open(name, encoding="utf-8") as f:
    print(f.read() == text)
os.remove(name)
