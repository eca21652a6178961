# mpconform: features=float
# overflowing float ops raise OverflowError, or give inf for multiply
try:
    print(10.0 ** 400)
except OverflowError:
    print("OverflowError")
print(1e308 * 10)
