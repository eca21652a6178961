# raw strings keep backslashes; a raw string may end in an escaped quote
print(r"\d+\.\d*", r"a\"b", len(r"\\"), r"\x41")
