# str.expandtabs
print("a\tb".expandtabs(4), "ab\tc".expandtabs(4))
print("x\ty".expandtabs())
