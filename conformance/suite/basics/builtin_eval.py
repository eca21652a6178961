# eval of expressions with globals and locals dicts
x = 10
print(eval("x + 1"), eval("y * 2", {"y": 4}), eval("a + b", {"a": 1}, {"b": 2}))
print(eval("[i for i in range(3)]"), eval("1 + 1 "))
try:
    eval("1 +")
except SyntaxError:
    print("SyntaxError")
