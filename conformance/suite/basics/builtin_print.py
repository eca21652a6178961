# print() with sep, end and several arguments
print("a", "b", "c", sep="-")
print("x", end="|")
print("y", end="\n")
print()
print("no", "sep", sep="")
print(1, None, [2], sep=", ", end=".\n")
