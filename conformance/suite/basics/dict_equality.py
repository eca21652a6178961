# dict equality ignores order
a = {1: "a", 2: "b", 3: "c"}
b = {3: "c", 1: "a", 2: "b"}
print(a == b, a != b, a == {1: "a"}, {} == {})
