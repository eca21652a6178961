# type relations of int
print(isinstance(1, int), isinstance(1, bool), isinstance(1, object))
print(type(1) is int, type(True) is bool, type(1) is bool)
