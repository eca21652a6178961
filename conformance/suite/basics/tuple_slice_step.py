# mpconform: features=slice-step
# slicing tuples with a step
t = tuple(range(10))
print(t[::2], t[::-1], t[8:2:-2], t[1::4])
