# mpconform: features=fstring,module:micropython
# The unix port's messages for malformed f-strings.
for src in ("f'{'", "f'{}'", "f'{a b}'", "f'{a!x}'", "f'{ }'"):
    try:
        compile(src, "<test>", "eval")
        print("compiled")
    except SyntaxError as e:
        print("SyntaxError:", e)
