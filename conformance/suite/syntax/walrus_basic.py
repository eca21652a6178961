# mpconform: features=walrus
# assignment expressions in if, while and expressions
if (n := len("hello")) > 3:
    print("long", n)
data = [3, 2, 1, 0, 5]
while (v := data.pop(0)) != 0:
    print("v", v)
print((x := 5) * x, x)
print([y := 2, y ** 2])
