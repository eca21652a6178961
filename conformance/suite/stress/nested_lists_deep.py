# mpconform: heap=128k

x = []
for i in range(1000):
    x = [x]
depth = 0
while x:
    x = x[0]
    depth += 1
print(depth)
