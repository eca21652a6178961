l = [3, 1, 2]
l.append(4)
l.extend([5, 6])
l.extend(range(2))
l.insert(0, -1)
l.insert(100, 99)
l.insert(-100, -99)
print(l)
print(l.pop(), l.pop(0), l.pop(-1), l)
l.remove(3)
print(l, l.index(2), l.count(1))
l.reverse()
print(l)
l.sort()
print(l)
l.sort(reverse=True, key=lambda x: x % 3)
print(l)
c = l.copy()
c.clear()
print(c, len(l))
try:
    l.remove(1000)
except ValueError:
    print("ValueError")
try:
    l.index(1000)
except ValueError:
    print("ValueError")
try:
    [].pop()
except IndexError:
    print("IndexError")
print([1, 2, 3, 2].index(2, 2))
