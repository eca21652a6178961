# equality of nested containers compares recursively
a = [1, [2, (3, {"k": [4]})]]
b = [1, [2, (3, {"k": [4]})]]
c = [1, [2, (3, {"k": [5]})]]
print(a == b, a == c, a != c)
