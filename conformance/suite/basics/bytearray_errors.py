# mpconform: features=bytearray
# bytearray index errors
ba = bytearray(2)
try:
    ba[5] = 0
except IndexError:
    print("IndexError")
try:
    ba[-3]
except IndexError:
    print("IndexError read")
print(ba)
