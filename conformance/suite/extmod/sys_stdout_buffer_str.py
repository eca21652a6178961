# mpconform: features=module:micropython
# The unix port's sys.stdout.buffer also accepts a str (CPython's wants bytes).
import sys

try:
    n = sys.stdout.buffer.write("str\n")
    print(n)
except TypeError:
    print("TypeError")
