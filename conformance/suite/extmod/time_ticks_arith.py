# mpconform: features=module:time

# ticks_* are MicroPython-only; CPython cannot produce this output, hence the .exp file.
import time

if not hasattr(time, "ticks_ms"):
    print("SKIP")
    raise SystemExit
start = 1000
for delta in (0, 1, -1, 500, -500, 100000):
    later = time.ticks_add(start, delta)
    print(delta, time.ticks_diff(later, start))
