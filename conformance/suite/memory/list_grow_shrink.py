# mpconform: heap=64k

lst = []
for i in range(5000):
    lst.append(i)
print(len(lst), lst[-1])
while lst:
    lst.pop()
print(len(lst))
lst.append("again")
print(lst)
