l = list(range(6))
l[1:3] = ["a", "b", "c"]
print(l)
l[:2] = []
print(l)
l[len(l):] = [9]
print(l)
l[::2] = [0, 0, 0, 0][:len(l[::2])]
print(l)
try:
    l[::2] = [1]
except ValueError:
    print("ValueError")
l[:] = "xy"
print(l)
m = [1, 2, 3]
m[1:1] = m
print(m)
