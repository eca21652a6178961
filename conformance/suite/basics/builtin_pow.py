# pow() with two and three arguments
print(pow(2, 8), pow(-2, 3), pow(2, 0), pow(3, 3, 5), pow(-3, 3, 5))
