# mpconform: features=float
# container equality and membership use identity before ==, so the same nan object matches itself
nan = float("nan")
print([nan] == [nan], nan in [nan], (nan,) == (nan,))
print([nan].count(nan), [nan].index(nan))
