# A comprehension in a class body cannot see the class's names, except in its first iterable.
class C:
    n = 3
    items = [i for i in range(n)]
    try:
        pairs = [(i, n) for i in range(2)]
    except NameError:
        pairs = "NameError"
    gen = list(j for j in range(n))


print(C.items, C.pairs, C.gen)
