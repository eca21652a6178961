# building and summing a list of 10000 ints
l = []
for i in range(10000):
    l.append(i * 2)
print(len(l), sum(l), l[-1], l[5000])
