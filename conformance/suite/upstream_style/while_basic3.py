i = 0
while i < 3:
    print(i)
    i += 1
else:
    print("else", i)
while True:
    i -= 1
    if i == 1:
        continue
    if i < 0:
        break
    print("loop", i)
else:
    print("not printed")
n = 0
while n < 100:
    n = n * 2 + 1
print(n)
while 0:
    print("never")
