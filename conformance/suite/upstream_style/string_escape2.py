print("tab\there", "nl\\n", "quote\"s", 'apos\'s', "\x41\x42", "\101", "\u00e9" == "é")
print(repr("\t\n\r\x00\x7f"), repr("'"), repr('"'), repr("'\""), repr("\\"))
print(len("\n"), len("\\n"), "\a\b\f\v" == "\x07\x08\x0c\x0b")
