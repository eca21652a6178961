# mpconform: features=unicode

print("\x41\u0042\U00000043")
print(len("\u00e9"), len("\xe9"), "\u00e9" == "\xe9")
print(repr("\n\t\\"))
