# mpconform: features=bigint
# powers that overflow a machine word
print(2 ** 100)
print(3 ** 50)
print((-7) ** 33)
print(10 ** 30 // 10 ** 28)
