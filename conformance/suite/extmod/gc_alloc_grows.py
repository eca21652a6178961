# mpconform: features=module:micropython
# Allocating raises gc.mem_alloc(); dropping the objects and collecting gives the memory back.
import gc

gc.collect()
before = gc.mem_alloc()
keep = [bytearray(1000) for _ in range(20)]
grown = gc.mem_alloc()
print(grown - before >= 20000)
keep = None
gc.collect()
print(gc.mem_alloc() - before < 5000)
