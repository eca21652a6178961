# mpconform: features=unicode

# Case mapping of ASCII letters next to non-ASCII characters (which stay as they are here).
s = "ABC\u00e9\u4e2d"
print(s.lower() == "abc\u00e9\u4e2d", "xyz\u4e2d".upper() == "XYZ\u4e2d")
