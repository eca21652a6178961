# left and right shifts, including arithmetic right shift of negatives
for a in (1, 3, 100, -1, -3, -100):
    for n in (0, 1, 2, 5, 10):
        print(a, n, a << n, a >> n)
try:
    1 << -1
except ValueError:
    print("ValueError for negative shift")
try:
    1 >> -2
except ValueError:
    print("ValueError for negative shift")
