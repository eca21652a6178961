# mpconform: features=module:time

import time
t = time.time()
print(t > 0)
print(isinstance(time.time(), (int, float)))
