# mpconform: timeout=20

n = 0
i = 200000
while i:
    i -= 1
    n += 1
print(n)
