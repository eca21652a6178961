# list comprehensions: filters, nested loops, conditional expressions
print([x * 2 for x in range(5)])
print([x for x in range(10) if x % 3 == 0])
print([x if x % 2 else -x for x in range(5)])
print([(a, b) for a in "ab" for b in "xy"])
print([[r * 3 + c for c in range(3)] for r in range(2)])
