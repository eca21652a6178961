# dict errors: popitem on empty, pop missing, unhashable key
try:
    {}.popitem()
except KeyError:
    print("KeyError popitem")
try:
    {}.pop("a")
except KeyError:
    print("KeyError pop")
try:
    {[1]: 2}
except TypeError:
    print("TypeError unhashable")
