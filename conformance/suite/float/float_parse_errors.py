# mpconform: features=float
# float() rejects malformed strings
for s in ("", "abc", "1.2.3", "1e", "--1", "1 2", "0x10"):
    try:
        print(float(s))
    except ValueError:
        print("ValueError", repr(s))
