# mpconform: features=module:collections

from collections import deque
d = deque((), 3)
for i in range(6):
    d.append(i)
print(list(d))
d.appendleft(9)
print(list(d))
