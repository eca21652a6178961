# mpconform: features=module:random

import random
random.seed(11)
vals = [random.randrange(0, 20, 5) for _ in range(100)]
print(sorted(set(vals)) == [0, 5, 10, 15] or set(vals) <= {0, 5, 10, 15})
print(all(v % 5 == 0 for v in vals))
try:
    random.randrange(0)
except ValueError:
    print("ValueError")
