# bool is a subclass of int, so isinstance(True, int) holds
print(isinstance(True, int), isinstance(False, int))
print(issubclass(bool, int), issubclass(int, bool))
