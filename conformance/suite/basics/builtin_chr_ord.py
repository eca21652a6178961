# chr and ord, including range errors
print(chr(65), chr(48), ord("a"), ord("\n"))
try:
    chr(-1)
except ValueError:
    print("ValueError")
