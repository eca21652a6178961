# mpconform: features=module:time

import time
try:
    sleep_ms = time.sleep_ms
except AttributeError:
    def sleep_ms(ms):
        time.sleep(ms / 1000)
print(sleep_ms(1))
print(time.sleep(0))
