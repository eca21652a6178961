# A backslash before CR or CRLF continues the line, in code and inside a string literal.
def run(src):
    ns = {}
    exec(src, ns)
    return ns.get("r")


print(run("r = 1 + \\\r\n 2\r\n"))
print(run("r = 1 + \\\r 2\r"))
print(repr(run("r = 'a\\\r\nb'")))
print(repr(run("r = 'a\\\rb'")))
print(repr(run("r = b'x\\\r\ny'")))
