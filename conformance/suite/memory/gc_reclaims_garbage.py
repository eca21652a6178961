# mpconform: heap=16k

import gc
# Far more garbage than a 16k heap holds at once: only reclaiming makes this finish.
total = 0
for i in range(300):
    block = bytearray(1000)
    block[0] = i & 0xFF
    total += block[0]
    if i % 50 == 0:
        gc.collect()
print(total)
