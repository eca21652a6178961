# mpconform: features=float
# int / int gives the correctly rounded float
print(1 / 2, 3 / 4, 10 / 4, -9 / 2, 2 ** 40 / 2 ** 20)
print(7 / 7, 0 / 3)
