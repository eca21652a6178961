# str.splitlines on various line endings
print("a\nb\r\nc\rd".splitlines())
print("a\n\nb\n".splitlines())
print("".splitlines())
print("one".splitlines())
