# mpconform: heap=256k

funcs = []
for i in range(5000):
    funcs.append(lambda x, i=i: x + i)
print(sum(f(1) for f in funcs))
