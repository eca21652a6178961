# mpconform: heap=128k

d = {}
for i in range(2000):
    d[i] = i * i
print(len(d), d[1999])
for i in range(0, 2000, 2):
    del d[i]
print(len(d), d.get(1998), d[1997])
