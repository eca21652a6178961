# mpconform: features=float
# the , thousands separator with floats
print("{:,.2f}".format(1234567.891), "{:,}".format(1234.5))
