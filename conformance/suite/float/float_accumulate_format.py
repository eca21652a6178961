# mpconform: features=float
# accumulated rounding error stays below the printed precision
s = 0.0
for i in range(10):
    s += 0.1
print("%.6f" % s, s == 1.0, abs(s - 1.0) < 1e-9)
