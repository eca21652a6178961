# equal strings have equal hashes
a = "hello"
b = "hel" + "lo"
print(a == b, hash(a) == hash(b))
print({a: 1}[b])
