# mpconform: features=bigint heap=64k

f = 1
for i in range(2, 301):
    f *= i
s = str(f)
print(len(s), s[:15], s.count("0"))
print(f // (f // 300) == 300)
