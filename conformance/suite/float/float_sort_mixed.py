# mpconform: features=float
# sorting a mix of ints and floats, with key
vals = [3, -1.5, 2.25, 0, -0.5, 10, 2]
print(sorted(vals), sorted(vals, key=abs), sorted(vals, reverse=True))
