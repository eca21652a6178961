# abs() of ints
for v in (0, 1, -1, 12345, -12345):
    print(abs(v))
print(abs(True), abs(False))
