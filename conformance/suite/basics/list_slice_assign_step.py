# mpconform: features=slice-step
# extended slice assignment needs an equal-length sequence
l = list(range(8))
l[::2] = ["a", "b", "c", "d"]; print(l)
l[1::2] = [0] * 4; print(l)
try:
    l[::2] = [1, 2]
except ValueError:
    print("ValueError")
