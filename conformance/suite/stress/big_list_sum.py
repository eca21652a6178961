# mpconform: heap=1m timeout=20

data = list(range(100000))
print(len(data), sum(data), data[-1])
print(sum(data[::1000]))
