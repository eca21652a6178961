# mpconform: heap=1m timeout=20

d = {}
for i in range(10000):
    d["k%d" % i] = i
print(len(d), d["k9999"], sum(d.values()))
print(all(d["k%d" % i] == i for i in range(0, 10000, 777)))
