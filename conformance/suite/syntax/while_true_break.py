# while True with break and continue
i = 0
out = []
while True:
    i += 1
    if i % 2:
        continue
    if i > 8:
        break
    out.append(i)
print(out)
