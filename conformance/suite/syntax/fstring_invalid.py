# mpconform: features=fstring
# Malformed replacement fields are compile-time errors.
for src in ("f'{'", "f'{}'", "f'{a b}'", "f'{#}'", "f'{a!x}'", "f'{a!}'", "f'{a:{}}'"):
    try:
        compile(src, "<test>", "eval")
        print("compiled", src)
    except SyntaxError:
        print("SyntaxError", src)
