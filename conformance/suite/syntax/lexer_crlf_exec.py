# Source with CRLF line endings: statements, indentation, blank lines and comments.
def run(src):
    ns = {}
    exec(src, ns)
    return ns.get("r")


print(run("r = 1\r\n"))
print(run("if 1:\r\n    r = 'a'\r\nelse:\r\n    r = 'b'\r\n"))
print(run("def f():\r\n\r\n    return 5\r\n\r\nr = f()"))
print(run("\r\n\r\nr = 1"), run("r = 1\r\n\r\n\r\n"))
print(run("# comment\r\nr = 3"), run("r = 4  # trailing\r\n"))
print(run("r = (1 +\r\n 2)"), run("r = [1,\r\n2,\r\n3]"))
print(run("x = 1\n\r\nr = x"))
print(run("for i in range(3):\r\n    pass\r\nr = i\r\n"))
