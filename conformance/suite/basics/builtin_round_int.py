# round() returns ints for ints
print(round(7), round(-7), round(15, -1), round(25, -1), round(149, -2))
