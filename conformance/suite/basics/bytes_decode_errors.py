# decoding invalid utf-8 raises UnicodeError
try:
    b"\xff\xfe".decode("utf-8")
    print("decoded")
except UnicodeError:
    print("UnicodeError")
