# mpconform: features=bytearray
# bytearray's mutable-sequence methods: pop, insert, remove, reverse
ba = bytearray(b"hello")
print(ba.pop(), ba)
ba.insert(0, 72)
print(ba)
ba.remove(ord("e"))
print(ba)
ba.reverse()
print(ba)
