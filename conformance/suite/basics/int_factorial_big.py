# mpconform: features=bigint
# factorial of 50 and digit sum
f = 1
for i in range(2, 51):
    f *= i
print(f)
print(sum(int(c) for c in str(f)))
print(len(str(f)))
