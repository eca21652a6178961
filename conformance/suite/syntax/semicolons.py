# semicolons separate simple statements on one line
a = 1; b = 2; print(a + b)
if a: print("one-line if"); print("still in if")
for i in range(2): print("loop", i);
def f(): x = 5; return x * 2
print(f())
