# mpconform: features=module:micropython
# sys.exc_info() inside and outside an except block.
import sys

print(sys.exc_info())
try:
    1 / 0
except ZeroDivisionError:
    info = sys.exc_info()
    print(info[0].__name__, type(info[1]).__name__, info[2] is not None)
print(sys.exc_info())
