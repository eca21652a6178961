# slicing strings with start/stop forms (no step)
s = "abcdefgh"
print(s[2:5], s[:3], s[5:], s[-3:], s[:-3], s[:], s[-5:-2])
print(s[100:], s[-100:2], s[3:3], s[5:2], repr(s[8:]))
