# OSError with errno and strerror arguments
e = OSError(9999, "custom failure")
print(e.args, e.errno, type(e).__name__)
try:
    raise OSError(9998, "denied")
except OSError as err:
    print(err.args[0], err.errno)
