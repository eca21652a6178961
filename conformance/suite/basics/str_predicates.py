# isdigit, isalpha, isspace on ASCII
for s in ("123", "abc", "a1", " \t\n", "", "1.5", "ABC"):
    print(repr(s), s.isdigit(), s.isalpha(), s.isspace())
