# iterating a string yields one-character strings
print(list("abc"), tuple("xy"))
for i, c in enumerate("hey"):
    print(i, c)
print(sorted("banana"))
