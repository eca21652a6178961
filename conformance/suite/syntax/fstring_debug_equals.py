# mpconform: features=fstring
# the = specifier prints the expression text and its repr
x = 3
print(f"{x=}", f"{x + 1=}", f"{'s'=}")
