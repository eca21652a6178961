# mpconform: features=fstring
# f-string expressions, format specs and conversions
name = "world"
n = 42
print(f"hello {name}", f"{n:5d}|{n:<5}|{n:x}", f"{name!r}", f"{n * 2}", f"{{literal}}")
print(f"{'nested'}", f"{[1, 2][1]}", f"{n if n > 0 else -n}")
