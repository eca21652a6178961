# lowercase string prefixes r, b, rb, u and quote forms
print(r"a\nb", len(r"\t"), b"bytes", rb"\x00", u"unicode")
print(r'it''s', len(rb"\\"))
print("""triple "double" """, '''triple 'single' ''')
