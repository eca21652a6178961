# mpconform: features=walrus
# := inside a comprehension binds in the enclosing scope
data = [1, 5, 3, 8]
big = [y for x in data if (y := x * 2) > 5]
print(big, y)
