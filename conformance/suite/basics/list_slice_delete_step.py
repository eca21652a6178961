# mpconform: features=slice-step
# del of an extended slice
l = list(range(10))
del l[::2]; print(l)
del l[::-2]; print(l)
