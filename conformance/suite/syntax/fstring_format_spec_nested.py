# mpconform: features=fstring
# f-string format specs with nested replacement fields
w = 8
v = "x"
print(f"[{v:>{w}}]", f"[{v:^{w}}]", f"[{12:0{w}d}]")
