# mpconform: features=float
# floats in conditions and boolean operators
x = 0.0
print("zero" if not x else "nonzero", 0.0 or 2.5, 1.5 and 0.0, [f for f in (0.0, 1.0, -0.0, 2.0) if f])
