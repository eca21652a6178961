# mpconform: features=float
# min/max with floats and keys
vals = [2.5, -1.0, 3.75, 0.0]
print(min(vals), max(vals), min(vals, key=abs), max(vals, key=lambda v: -v))
