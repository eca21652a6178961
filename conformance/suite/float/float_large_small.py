# mpconform: features=float
# extreme finite values and underflow to zero
print(1e308 > 1e307, 1e-308 > 0, 1e-320 > 0, 1e-400 == 0.0)
print(float("1e400"), float("-1e400"))
