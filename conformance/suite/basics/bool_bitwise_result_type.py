# &, |, ^ between two bools return a bool (not an int)
print(True & False, True | False, True ^ True)
print(type(True & True).__name__, type(False | False).__name__, type(True ^ False).__name__)
print(True & 1, type(True & 1).__name__)
