# mpconform: features=fstring,module:micropython
# The unix port finds the end of a replacement field by counting braces, so a brace inside a string
# literal in the expression is a syntax error there (CPython parses the expression).
for src in ("f\"{'{'}\"", "f\"{'}'}\"", "f\"{'a' + 'b'}\"", "f\"{'[' + ']'}\""):
    try:
        print(eval(src))
    except SyntaxError:
        print("SyntaxError")
