# mpconform: features=float,bigint
# int() of large floats gives the exact integer value
print(int(1e20), int(-1e19), int(2.0 ** 64), int(1.5e17))
