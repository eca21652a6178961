# mpconform: features=unicode

for n in (0x110000, -1):
    try:
        chr(n)
        print("accepted", n)
    except ValueError:
        print("ValueError", n)
