# mpconform: features=bytearray
# storing a value outside 0..255 in a bytearray raises ValueError
ba = bytearray(2)
for v in (256, -1, 1000):
    try:
        ba[0] = v
    except ValueError:
        print("ValueError", v)
print(ba)
