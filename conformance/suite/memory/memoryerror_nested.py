def inner():
    return bytearray(1 << 44)


def outer():
    try:
        inner()
    except (MemoryError, OverflowError):
        return "refused in inner"
    return "allocated"


print(outer())
try:
    raise ValueError("still works")
except ValueError as e:
    print(e)
