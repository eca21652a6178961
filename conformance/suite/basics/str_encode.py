# str.encode and bytes.decode for ASCII
s = "hello"
b = s.encode()
print(b, type(b).__name__, b.decode(), s.encode("utf-8"), b.decode("utf-8") == s)
