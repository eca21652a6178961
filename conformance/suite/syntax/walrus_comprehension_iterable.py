# mpconform: features=walrus,module:micropython
# The unix port accepts := in a comprehension's iterable (CPython rejects it at compile time).
try:
    print([i for i in (j := [1, 2])], j)
except SyntaxError:
    print("SyntaxError")
