# mpconform: features=fstring,module:micropython
# The unix port lets a nested f-string reuse the outer quote (PEP 701 style); CPython 3.11 does not.
try:
    print(eval("f'{f'{1}'}'"))
except SyntaxError as e:
    print("SyntaxError")
try:
    print(eval("f'{1:{2:{3}}}'"))
except (SyntaxError, ValueError) as e:
    print(type(e).__name__, e)
