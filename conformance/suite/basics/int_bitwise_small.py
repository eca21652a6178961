# &, |, ^, ~ on small non-negative and negative ints
vals = (0, 1, 5, 12, 255, -1, -6, -256)
for a in vals:
    print(a, ~a)
    for b in vals:
        print(a, b, a & b, a | b, a ^ b)
