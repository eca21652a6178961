# run-tests.py skips int_big* tests on a target without arbitrary-precision integers (feature check int_big.py).
print(2 ** 100)
print(-(3 ** 50) // 7)
