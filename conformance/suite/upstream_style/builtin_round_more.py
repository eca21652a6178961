print(round(1.4), round(1.6), round(-1.5), round(0.5), round(1.5), round(2.5))
print(round(3), round(-3), type(round(2.7)))
print(round(1234, -2), round(1250, -2), round(1350, -2))
print(round(0.125, 2), round(2.675, 1), round(1.0, 3))
print(type(round(1.0, 1)), type(round(5, 1)))
print(round(True))
try:
    round("1")
except TypeError:
    print("TypeError")
