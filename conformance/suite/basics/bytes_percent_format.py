# printf-style formatting of bytes
print(b"%d-%s" % (5, b"x"))
print(b"%02x" % 10)
