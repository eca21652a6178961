# range iteration is restartable and supports reversed()
r = range(3)
print(list(r), list(r), list(reversed(r)), list(reversed(range(1, 10, 3))))
