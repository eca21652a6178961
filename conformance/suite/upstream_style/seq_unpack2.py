a, b, c = (1, 2, 3)
print(a, b, c)
a, b = "xy"
print(a, b)
a, *b, c = range(5)
print(a, b, c)
(a, b), c = [1, 2], 3
print(a, b, c)
a, b = {1: 2, 3: 4} if False else (7, 8)
print(a, b)
*a, = [1, 2]
print(a)
for bad in ([1], [1, 2, 3]):
    try:
        a, b = bad
    except ValueError:
        print("ValueError")
try:
    a, *b, c = [1]
except ValueError:
    print("ValueError")
try:
    a, b = None
except TypeError:
    print("TypeError")
