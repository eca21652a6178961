# in a class body, a comprehension's first iterable sees class names, the rest does not
class C:
    xs = [1, 2, 3]
    doubled = [x * 2 for x in xs]
print(C.doubled)
