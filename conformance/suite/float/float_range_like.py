# mpconform: features=float
# stepping by a binary-exact float
x = 0.0
out = []
while x < 2.0:
    out.append(x)
    x += 0.25
print(out)
