# mpconform: features=fstring,module:micropython
# On the unix port a lone '}' in an f-string fails when it is evaluated, as str.format would.
try:
    print(eval("f'a}b'"))
except (SyntaxError, ValueError) as e:
    print(type(e).__name__, e)
print(f"{{}}", f"a}}b{1}")
