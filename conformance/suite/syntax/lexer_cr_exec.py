# Source with bare CR line endings (old Mac style) is read like LF.
def run(src):
    ns = {}
    exec(src, ns)
    return ns.get("r")


print(run("r = 1\r"))
print(run("x = 1\rr = x + 1\r"))
print(run("if 1:\r    r = 'a'\relse:\r    r = 'b'\r"))
print(run("# comment\rr = 3"))
print(run("r = [1,\r2,\r3]"))
print(run("def f():\r\r    return 6\rr = f()\r"))
print(run("x = 1\ry = 2\r\nz = 3\nr = x + y + z"))
