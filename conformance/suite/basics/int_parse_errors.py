# int() rejects malformed strings with ValueError
for s, base in (("", 10), ("abc", 10), ("12a", 10), ("2", 2), ("0x", 16), ("- 1", 10), ("1.5", 10), ("9", 8), (" ", 10)):
    try:
        print(int(s, base))
    except ValueError:
        print("ValueError", repr(s), base)
