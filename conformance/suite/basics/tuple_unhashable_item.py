# a tuple containing a list is unhashable
try:
    hash((1, [2]))
except TypeError:
    print("TypeError")
