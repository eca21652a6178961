# mpconform: features=tstring
# Malformed t-strings and forbidden prefix combinations are syntax errors.
for src in ('bt"x"', 'ft"x"', 'tb"x"', 't"{}"', 't"{"', 't"x" "y"', 'u"x" t"y"'):
    try:
        eval(src)
        print("compiled", src)
    except SyntaxError:
        print("SyntaxError", src)
print(eval('rt"\\n{1}"').strings, eval('TR"\\t"').strings)
