# mpconform: features=module:time

import time

if not hasattr(time, "ticks_ms"):
    print("SKIP")
    raise SystemExit
a = time.ticks_ms()
b = time.ticks_ms()
print(time.ticks_diff(b, a) >= 0)
c = time.ticks_us()
d = time.ticks_us()
print(time.ticks_diff(d, c) >= 0)
print(type(time.ticks_cpu()).__name__)
