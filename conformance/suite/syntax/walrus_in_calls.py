# mpconform: features=walrus
# := as a call argument, a keyword value, a subscript and in conditions.
def f(*args, **kw):
    return args, kw


print(f(a := 1), a)
print(f(x=(b := 2)), b)
d = {}
d[(k := "key")] = (v := 3)
print(d, k, v)
data = [1, 2, 3]
if (n := len(data)) > 2:
    print("long", n)
print((lambda: (z := 5))(), "z" in globals())
while (item := data.pop()) != 1:
    print("popped", item)
print(data, item)
