# ascii() escapes non-ASCII characters
print(ascii("abc"), ascii("\u00e9"), ascii([1, "x"]))
