# mpconform: features=set
# pop removes some element; popping an empty set raises KeyError
s = {10, 20, 30}
got = sorted([s.pop() for _ in range(3)])
print(got, s)
try:
    s.pop()
except KeyError:
    print("KeyError")
s = {1}; s.clear(); print(s)
