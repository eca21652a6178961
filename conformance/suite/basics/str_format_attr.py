# str.format with attribute access in fields
class P:
    x = 3
    y = [4, 5]

print("{p.x} {p.y[1]}".format(p=P()))
print("{0.x}".format(P))
