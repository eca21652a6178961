# a bare raise with no active exception is a RuntimeError
try:
    raise
except RuntimeError:
    print("RuntimeError")
