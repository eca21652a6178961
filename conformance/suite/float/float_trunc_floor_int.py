# mpconform: features=float
# int(), round(), // give toward-zero, half-even and floor results
for f in (2.7, -2.7, 2.5, -2.5, 3.5):
    print(f, int(f), round(f), f // 1, int(f // 1))
