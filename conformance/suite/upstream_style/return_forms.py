def f():
    return
def g():
    return 1, 2
def h():
    return [1], *[2, 3]
def k():
    pass
print(f(), g(), h(), k())
def early(x):
    if x:
        return "early"
    print("fell through")
    return "late"
print(early(1), early(0))
def in_loop():
    for i in range(10):
        while True:
            return i
print(in_loop())
