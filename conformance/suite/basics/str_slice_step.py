# mpconform: features=slice-step
# slicing strings with a step, positive and negative
s = "abcdefgh"
print(s[::2], s[1::3], s[::-1], s[-2:1:-2], s[::-3], s[6:2:-1])
