print([1, 2] * 0, [1] * -1, [[0]] * 2)
x = [[0]] * 2
x[0].append(1)
print(x)
l = [1, 2]
l *= 3
print(l)
print([1, 2] == (1, 2), [1, [2]] == [1, [2]], [1, 2] != [2, 1])
try:
    [1] * "2"
except TypeError:
    print("TypeError")
try:
    [1] * 1.5
except TypeError:
    print("TypeError")
