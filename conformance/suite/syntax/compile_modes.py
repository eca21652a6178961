# compile() with exec, eval and single modes
print(eval(compile("1 + 2", "<s>", "eval")))
exec(compile("print('exec mode')", "<s>", "exec"))
try:
    compile("x = 1", "<s>", "eval")
except SyntaxError:
    print("SyntaxError for a statement in eval mode")
