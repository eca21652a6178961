# starred targets in assignment and for loops
first, *rest = "hello"
print(first, rest)
for a, *b in [(1, 2, 3), (4,)]:
    print(a, b)
*init, last = [1]
print(init, last)
(a, b), *c = [(1, 2), 3, 4]
print(a, b, c)
