# mpconform: features=float
# negative powers of two print exactly with few digits
for e in range(1, 12):
    print(2.0 ** -e)
