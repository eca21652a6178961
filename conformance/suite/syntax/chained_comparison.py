# chained comparisons evaluate each operand once and short-circuit
def val(x):
    print("eval", x)
    return x
print(val(1) < val(2) < val(3))
print(val(3) < val(2) < val(1))
n = None
print(1 < 2 > 0 != 5 == 5, 1 in [1] in [[1]], n is None is not False)
