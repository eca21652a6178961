# reading slices of lists, out-of-range bounds clamp
l = list(range(6))
print(l[1:4], l[:2], l[4:], l[-2:], l[:-4], l[10:], l[-10:1], l[3:1])
print(l[::2], l[::-1], l[4:0:-2])
