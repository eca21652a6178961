# hex(), oct(), bin() of ints of both signs
for v in (0, 1, 7, 8, 255, 256, -1, -255, 4096):
    print(hex(v), oct(v), bin(v))
