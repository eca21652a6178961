# bytes literals cannot contain non-ASCII characters
try:
    exec('b"\u00e9"')
    print("no error")
except SyntaxError:
    print("SyntaxError")
