d = {}
for i in range(100):
    d[i] = i * i
print(len(d), d[99], sum(d.values()))
for i in range(0, 100, 2):
    del d[i]
print(len(d), min(d), max(d))
print(d.get(50), d.get(51))
d[1.0] = "float one"
print(d[1], len(d))
d[True] = "true"
print(d[1])
