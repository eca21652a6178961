# mpconform: heap=128k timeout=20

d = {}
for round_ in range(20):
    for i in range(500):
        d[i + round_ * 500] = i
    for i in range(500):
        del d[i + round_ * 500]
print(len(d))
d[1] = "one"
print(d)
