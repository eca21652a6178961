# a SyntaxError from exec is catchable and the program continues
try:
    exec("a = 1\nb = (\n")
except SyntaxError as e:
    print("SyntaxError caught", isinstance(e, Exception))
print("continues")
