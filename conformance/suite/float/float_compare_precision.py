# mpconform: features=float
# classic rounding artefacts are visible in comparisons
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-15, 0.5 + 0.25 == 0.75)
print(1e16 + 1 == 1e16, 1e15 + 1 == 1e15)
