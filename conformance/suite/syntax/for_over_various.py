# for loops over strings, dicts, sets, ranges, generators and files-free iterables
for c in "ab":
    print(c)
for k in {"only": 1}:
    print(k)
for v in sorted({3, 1}):
    print(v)
for i in range(2, 0, -1):
    print(i)
for x in (n * 2 for n in range(2)):
    print(x)
