# mpconform: features=bytearray
# bytearray shares bytes methods
ba = bytearray(b"hello")
print(ba.upper(), ba.find(b"l"), ba.replace(b"l", b"L"), ba.split(b"l"))
print(ba.startswith(b"he"), ba.decode(), ba.count(b"l"))
