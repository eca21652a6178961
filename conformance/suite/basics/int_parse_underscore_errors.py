# int() of strings rejects misplaced underscores
for s in ("1__0", "_1", "1_", "0x_", "1_000"):
    try:
        print(int(s, 0 if s.startswith("0x") else 10))
    except ValueError:
        print("ValueError", repr(s))
