# mpconform: features=fstring
# f-strings concatenate with plain and other f-strings
a = 1
s = f"a={a}" "-plain-" f"{a + 1}"
print(s)
print(f"multi"
      f"line {a}")
