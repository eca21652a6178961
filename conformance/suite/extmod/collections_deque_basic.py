# mpconform: features=module:collections

from collections import deque
d = deque((), 4)
d.append(1)
d.append(2)
d.appendleft(0)
print(len(d), bool(d))
print(d.popleft(), d.pop(), len(d))
print(d.pop(), len(d), bool(d))
