# mpconform: features=walrus
# reading chunks with := in a while condition
data = list(range(7))
chunks = []
while chunk := data[:3]:
    chunks.append(chunk)
    data = data[3:]
print(chunks)
