# mpconform: features=unicode

for bad in (b"\xff", b"\xc3", b"\xe2\x82", b"a\x80b"):
    try:
        bad.decode("utf-8")
        print("decoded", bad)
    except UnicodeError:
        print("UnicodeError", bad)
