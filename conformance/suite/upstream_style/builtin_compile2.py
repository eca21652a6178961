c = compile("1 + 2", "<s>", "eval")
print(eval(c))
c = compile("x = 5\nprint('exec', x)", "<s>", "exec")
g = {}
exec(c, g)
print(g["x"])
c = compile("y = 7", "<s>", "single")
exec(c, g)
print(g["y"])
try:
    compile("1 +", "<s>", "eval")
except SyntaxError:
    print("SyntaxError")
try:
    compile("x", "<s>", "bad-mode")
except ValueError:
    print("ValueError")
