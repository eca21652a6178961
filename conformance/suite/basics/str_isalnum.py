# str.isalnum
for s in ("123", "abc", "a1", " ", "", "a_b"):
    print(repr(s), s.isalnum())
