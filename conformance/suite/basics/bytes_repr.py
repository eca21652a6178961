# repr of bytes with printable and non-printable content
print(repr(b"abc"), repr(b"\x00\x01\xff"), repr(b"'"), repr(b'"'), repr(b"\n\t\r\\"))
print(repr(bytearray(b"ab\x00")))
