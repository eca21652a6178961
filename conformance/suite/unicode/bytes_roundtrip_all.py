# mpconform: features=unicode

# Every 1000th code point survives encode/decode (surrogates excluded).
ok = True
count = 0
for n in range(1, 0x110000, 997):
    if 0xD800 <= n <= 0xDFFF:
        continue
    c = chr(n)
    ok = ok and c.encode().decode() == c and ord(c) == n
    count += 1
print(ok, count)
