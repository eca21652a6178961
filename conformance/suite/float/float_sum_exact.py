# mpconform: features=float
# sums of binary-exact floats are exact
print(sum([0.5, 0.25, 0.125]))
print(sum([1.5] * 10))
print(sum(x / 4 for x in range(10)))
