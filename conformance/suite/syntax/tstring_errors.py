# mpconform: features=tstring
# Malformed t-strings and forbidden prefix combinations are syntax errors; prefixes are lower case, as all the
# port's string prefixes are.
for src in ('bt"x"', 'ft"x"', 'tb"x"', 't"{}"', 't"{"', 't"x" "y"', 'u"x" t"y"', 'T"x"', 'TR"\\t"'):
    try:
        eval(src)
        print("compiled", src)
    except SyntaxError:
        print("SyntaxError", src)
print(eval('rt"\\n{1}"').strings, eval('tr"\\t"').strings)
