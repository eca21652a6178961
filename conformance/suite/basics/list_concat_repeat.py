# + and * on lists, += extends in place
a = [1, 2]
b = a
a += [3]
print(a, b, a is b)
a = a + [4]
print(a, b, a is b)
print([0] * 3, [1, 2] * 2, [] * 5, [1] * -1)
x = [[0]] * 2
x[0].append(1)
print(x)
