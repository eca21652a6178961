# appending during iteration sees new items (bounded here)
l = [1, 2, 3]
for x in l:
    if x < 4:
        l.append(x + 3)
print(l)
