# deque: append/appendleft/pop/popleft, indexing, len, bool and membership.
from collections import deque

d = deque((), 5)
d.append(1)
d.appendleft(0)
d.extend([2, 3])
print(list(d), len(d), d[0], d[-1], 2 in d, 9 in d, bool(d))
print(d.pop(), d.popleft(), list(d))
d.extend(range(10))
print(list(d), len(d))
e = deque((), 2)
print(bool(e))
for bad in (e.pop, e.popleft):
    try:
        bad()
    except IndexError:
        print("IndexError")
