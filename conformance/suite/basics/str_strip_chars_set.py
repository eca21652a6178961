# strip removes any of the given characters, not a prefix string
print("abcxcba".strip("ab"), "www.example.com".strip("cmowz."), "  xx  ".strip(" x"))
