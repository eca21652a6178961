# CR and CRLF inside triple-quoted literals become "\n" in the value.
def run(src):
    ns = {}
    exec(src, ns)
    return ns.get("r")


print(repr(run("r = '''a\r\nb'''\r\n")))
print(repr(run("r = '''a\rb'''")))
print(repr(run("r = '''a\r\n\r\nb'''")))
print(repr(run('r = """x\r"""')))
print(repr(run("r = b'''x\r\ny'''")))
print(repr(run("r = r'''x\r\ny'''")))
print(repr(run("r = f'''{1}\r\n{2}'''")))
print(repr(run("r = 'a\\r\\nb'")))
