# default arguments are evaluated once at definition time
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])
def append_to(x, acc=[]):
    acc.append(x)
    return acc
print(append_to(1), append_to(2))
print(append_to(3, []))
