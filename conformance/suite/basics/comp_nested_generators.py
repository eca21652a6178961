# nested generator expressions
g = ((i, j) for i in range(3) for j in (x for x in range(i)))
print(list(g))
