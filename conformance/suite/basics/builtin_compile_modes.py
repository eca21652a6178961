# compile() in its three modes, from str and bytes, and the code objects it returns.
c = compile("1 + 1", "<e>", "eval")
print(type(c).__name__, eval(c))
c = compile(b"x = 40\ny = x + 2", "<x>", "exec")
ns = {}
print(exec(c, ns), ns["y"])
print(eval(compile("x = 1", "<x>", "exec"), {}))
c = compile("print('single', 7)", "<s>", "single")
exec(c)
exec(c)
try:
    compile("1", "<m>", "bad")
except ValueError:
    print("ValueError")
try:
    compile("1 +", "<m>", "eval")
except SyntaxError:
    print("SyntaxError")
try:
    compile("x = 1", "<m>", "eval")
except SyntaxError:
    print("SyntaxError eval of statement")
