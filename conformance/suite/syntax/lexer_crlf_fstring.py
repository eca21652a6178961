# mpconform: features=fstring
# CRLF and CR line breaks inside a triple-quoted f-string, in the text and inside a replacement field.
def run(src):
    ns = {}
    exec(src, ns)
    return ns.get("r")


print(repr(run("x = 2\r\nr = f'''a\r\n{x}\r\nb'''\r\n")))
print(repr(run("x = 2\rr = f'''a\r{x}\rb'''\r")))
print(repr(run("r = f'''{1 +\r\n 2}'''")))
