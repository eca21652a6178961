# mpconform: features=module:collections

from collections import deque
d = deque((), 2)
try:
    d.pop()
except IndexError:
    print("IndexError pop")
try:
    d.popleft()
except IndexError:
    print("IndexError popleft")
