# mpconform: features=fstring
# Nested f-strings with other quotes and nested format specifications.
x = 3.14159
w = 10
p = 3
print(f"{f'{x:.2f}'}")
print(f"[{x:{w}.{p}}]")
print(f"[{'ab':>{w}}]", f"[{'ab':{'^'}{w}}]")
print(f"{'a' 'b'}", f"{'x' + 'y'}")
print(f"""{f'''{f"{1 + 1}"}'''}""")
print(f"{ {'k': 1}['k'] }", f"{[i for i in range(3)]}")
print(f"{x!r:>12}", f"{'q'!s:3}|")
