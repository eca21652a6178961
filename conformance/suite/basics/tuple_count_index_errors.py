# tuple.index raises ValueError for missing values
t = (1, 2)
try:
    t.index(3)
except ValueError:
    print("ValueError")
print(t.count(3))
