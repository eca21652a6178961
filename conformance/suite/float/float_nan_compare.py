# mpconform: features=float
# nan compares unequal to everything, including itself
nan = float("nan")
print(nan == nan, nan != nan, nan < 1, nan > 1, nan <= nan, nan >= nan)
x = nan
print(x is x, x == x)
