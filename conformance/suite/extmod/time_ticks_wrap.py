# mpconform: features=module:time

import time

if not hasattr(time, "ticks_ms"):
    print("SKIP")
    raise SystemExit
# ticks_add wraps around the period; ticks_diff undoes it, whatever the period is.
top = time.ticks_add(0, -1)
print(top > 0)
print(time.ticks_diff(time.ticks_add(top, 1), top))
print(time.ticks_add(top, 1))
print(time.ticks_diff(0, top))
print(time.ticks_diff(top, 0))
