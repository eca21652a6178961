# common bytes methods
b = b"  Hello, World  "
print(b.strip(), b.lower(), b.upper(), b.split(b","), b.replace(b"l", b"L"))
print(b.find(b"o"), b.count(b"l"), b.startswith(b"  H"), b.endswith(b"  "))
print(b",".join([b"a", b"b"]), b.strip().split())
