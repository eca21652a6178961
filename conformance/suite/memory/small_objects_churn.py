# mpconform: heap=8k

count = 0
for i in range(5000):
    t = (i, i + 1)
    count += t[1] - t[0]
print(count)
