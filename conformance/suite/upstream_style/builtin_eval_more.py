print(eval("1 + 2"))
print(eval("x * 2", {"x": 21}))
print(eval("[i for i in range(3)]"))
print(eval("'abc'.upper()"))
print(eval("(1, 2)"))
g = {"a": 5}
print(eval("a + b", g, {"b": 7}))
try:
    eval("1 +")
except SyntaxError:
    print("SyntaxError")
try:
    eval("undefined_name_xyz")
except NameError:
    print("NameError")
try:
    eval("1 / 0")
except ZeroDivisionError:
    print("ZeroDivisionError")
