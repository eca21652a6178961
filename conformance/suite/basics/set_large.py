# mpconform: features=set
# a set with many ints: membership and removal
s = set(range(1000))
for i in range(0, 1000, 3):
    s.discard(i)
print(len(s), 999 in s, 998 in s, 3 in s, min(s), max(s))
