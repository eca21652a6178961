# and/or return one of their operands
print(1 and 2, 0 and 2, 1 or 2, 0 or 2)
print([] or "x", "" and 1, None or 0)
print(not 0, not 1, not [], not [0])
x = 0
def f():
    global x
    x += 1
    return x
print(0 and f(), x)
print(1 or f(), x)
print(f() and f(), x)
print(type(1 and 2.0))
