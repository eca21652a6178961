# mpconform: features=module:micropython
# The unix port's gc: mem_free/mem_alloc are ints, threshold() reads and sets the allocation threshold.
import gc

print(sorted(x for x in dir(gc) if not x.startswith("_")))
print(type(gc.mem_free()).__name__, type(gc.mem_alloc()).__name__, gc.mem_free() > 0, gc.mem_alloc() > 0)
print(gc.threshold())
gc.threshold(4096)
print(gc.threshold())
gc.threshold(-1)
print(gc.threshold())
print(gc.collect() >= 0)
