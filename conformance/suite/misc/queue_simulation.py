queue = []
served = []
for tick in range(10):
    if tick % 2 == 0:
        queue.append("c%d" % tick)
    if tick % 3 == 0 and queue:
        served.append(queue.pop(0))
print(served, queue)
