# mpconform: features=slice-step
# slicing bytes with a step
b = b"0123456789"
print(b[::2], b[::-1], b[7:1:-3])
