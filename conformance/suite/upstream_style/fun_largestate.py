def f():
    a0 = 0; a1 = 1; a2 = 2; a3 = 3; a4 = 4; a5 = 5; a6 = 6; a7 = 7; a8 = 8; a9 = 9
    b0 = 10; b1 = 11; b2 = 12; b3 = 13; b4 = 14; b5 = 15; b6 = 16; b7 = 17; b8 = 18; b9 = 19
    c0 = 20; c1 = 21; c2 = 22; c3 = 23; c4 = 24; c5 = 25; c6 = 26; c7 = 27; c8 = 28; c9 = 29
    return (a0 + a1 + a2 + a3 + a4 + a5 + a6 + a7 + a8 + a9 + b0 + b1 + b2 + b3 + b4 + b5 + b6 + b7 + b8 + b9
            + c0 + c1 + c2 + c3 + c4 + c5 + c6 + c7 + c8 + c9)
print(f())
def g(a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p):
    return [a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p]
print(g(*range(16)))
