# mpconform: features=fstring
# f-strings with the other quote kind inside the braces
d = {"k": "v"}
print(f"{d['k']}", f'{d["k"]}', f"""{d["k"]} and {d['k']}""")
