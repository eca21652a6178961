# del of slices and items
l = list(range(10))
del l[0]; print(l)
del l[-1]; print(l)
del l[2:4]; print(l)
del l[:]; print(l)
