# compile() then exec/eval of the code object
c = compile("x * 3", "<string>", "eval")
print(eval(c, {"x": 4}))
c = compile("y = 7\nprint(y)", "<string>", "exec")
exec(c)
