# mpconform: features=unicode

s = "  \u00e9t\u00e9  "
print("[" + s.strip() + "]", "[" + s.lstrip() + "]", "[" + s.rstrip() + "]")
print("\u00e9\u00e9a\u00e9".strip("\u00e9"))
