# mpconform: features=unicode

for s in ("", "ab", "\u00e9\u00e9"):
    try:
        ord(s)
        print("accepted")
    except TypeError:
        print("TypeError", len(s))
