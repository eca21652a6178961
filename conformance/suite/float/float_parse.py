# mpconform: features=float
# float() parses decimal strings with signs, exponents, whitespace
for s in ("1", "-1", "+1.5", "  2.5  ", "1e3", "1E-2", ".5", "5.", "-.25", "1_000.5", "0.0", "-0"):
    print(repr(s), float(s))
