# mpconform: features=unicode
# mpconform: features=fstring

x = "\u00e9"
print(f"<{x}>", f"{x * 3}", f"{len(x)}")
