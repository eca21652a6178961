for i in range(3):
    print(i, end=" ")
print()
for i in range(5, 0, -2):
    print(i, end=" ")
print()
for i in range(0):
    print("never")
else:
    print("else on empty")
for i in range(3):
    if i == 1:
        break
else:
    print("not printed")
print(i)
for i in range(-3, 3, 2):
    print(i, end=",")
print()
n = 3
for i in range(n):
    n = 0
    print(i, end="")
print()
