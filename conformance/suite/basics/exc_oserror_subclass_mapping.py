# OSError(errno, ...) constructs the matching subclass (ENOENT -> FileNotFoundError)
e = OSError(2, "No such file")
print(type(e).__name__, isinstance(e, OSError))
