# closures capture variables, not values: all lambdas see the final loop value
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
gs = []
for j in range(3):
    gs.append(lambda: j)
j = 10
print([g() for g in gs])
