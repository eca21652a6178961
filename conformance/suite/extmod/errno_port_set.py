# mpconform: features=module:micropython
# The unix port's errno has exactly these constants (CPython's has many more).
import errno

names = sorted(x for x in dir(errno) if x.startswith("E"))
print(len(names), names)
print(len(errno.errorcode), sorted(errno.errorcode)[:5])
