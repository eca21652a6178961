# append, extend, insert, pop, remove, index, count, reverse, clear, copy
l = [3, 1, 2]
l.append(5); print(l)
l.extend([7, 8]); print(l)
l.insert(0, 9); print(l)
l.insert(-1, 6); print(l)
l.insert(100, 0); print(l)
print(l.pop(), l.pop(0), l.pop(-2), l)
l.remove(1); print(l)
print(l.index(2), l.count(2), [1, 1, 2].count(1))
l.reverse(); print(l)
c = l.copy(); c.append(99); print(l, c)
l.clear(); print(l)
