# annotations on parameters, returns and variables do not change behaviour
def f(a: int, b: "str" = "x") -> list:
    return [a, b]
x: int = 5
y: list
print(f(1), x)
