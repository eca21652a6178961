# a dict with 2000 int keys: lookups, deletes and size
d = {}
for i in range(2000):
    d[i] = i * i
for i in range(0, 2000, 2):
    del d[i]
print(len(d), d[1999], 1998 in d, sum(d) % 1000)
