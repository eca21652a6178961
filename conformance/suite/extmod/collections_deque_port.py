# mpconform: features=module:micropython
# The unix port's deque: both arguments are required, it prints as <deque>, deques compare by identity,
# and popping an empty one says "empty".
from collections import deque


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


show(lambda: deque())
show(lambda: deque([1]))
show(lambda: deque([1, 2, 3], 2))
show(lambda: deque([1], 3) == deque([1], 3))
show(lambda: deque((), 1).pop())
show(lambda: sorted(x for x in dir(deque) if not x.startswith("_")))
