# mpconform: features=no-tstring
# The unix port's standard build (1.29) has no t-strings: every t prefix is a syntax error there, while
# a name t followed by other tokens stays ordinary code.
for src in ('t"x"', "T'x'", 'rt"x"', 'tr"{1}"', 't"""x"""'):
    try:
        eval(src)
        print("template", src)
    except SyntaxError:
        print("SyntaxError", src)
t = 5
print(t, t + 1, [t for t in "ab"])
