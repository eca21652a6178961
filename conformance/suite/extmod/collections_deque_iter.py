# mpconform: features=module:collections

from collections import deque
d = deque([5, 6, 7], 10)
d.extend([8, 9])
print(list(d), len(d))
total = 0
for x in d:
    total += x
print(total)
