# mpconform: features=fstring
# the F prefix is the same as f
n = 42
print(F"upper prefix {n}", rf"raw {n}\n", Rf"{n}")
