# mpconform: heap=512k timeout=20

data = [(i * 7919) % 20011 for i in range(20000)]
data.sort()
print(data[:5], data[-5:], all(data[i] <= data[i + 1] for i in range(len(data) - 1)))
