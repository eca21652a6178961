# str() of a KeyError quotes its key
print(str(KeyError("k")), str(KeyError(1)), str(KeyError()))
