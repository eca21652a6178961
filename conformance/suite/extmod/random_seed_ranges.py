# mpconform: features=module:random

import random
random.seed(42)
ok = True
for _ in range(200):
    n = random.randint(3, 7)
    ok = ok and 3 <= n <= 7
print(ok)
ok = True
for _ in range(200):
    ok = ok and 0 <= random.randrange(10) < 10
print(ok)
