# mpconform: features=unicode
# identifiers may contain non-ASCII letters
café = 1
été = 2
print(café + été)
exec("π = 3\nprint(π * 2)")
