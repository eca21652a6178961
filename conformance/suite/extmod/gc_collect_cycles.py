# mpconform: features=module:micropython
# gc.collect() reclaims unreachable reference cycles (measured with the unix port's gc.mem_alloc).
import gc


class Node:
    def __init__(self):
        self.other = None
        self.payload = bytearray(2000)


gc.collect()
before = gc.mem_alloc()
for _ in range(10):
    a = Node()
    b = Node()
    a.other = b
    b.other = a
a = b = None
gc.collect()
print(gc.mem_alloc() - before < 4000)
