# escape sequences in string literals
s = "\x41\101\u0042\t|\\|\'|\"|"
print(s, len(s))
print(len("\n"), len("\r\n"), len(r"\n"))
print(ord("\a"), ord("\b"), ord("\f"), ord("\v"), ord("\0"))
