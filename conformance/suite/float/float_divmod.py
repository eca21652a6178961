# mpconform: features=float
# divmod with float operands
for a, b in ((7.5, 2), (-7.5, 2), (7.5, -2), (9, 0.25)):
    q, r = divmod(a, b)
    print(a, b, q, r)
