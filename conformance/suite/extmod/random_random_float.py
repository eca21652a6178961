# mpconform: features=module:random
# mpconform: features=float

import random
random.seed(1)
vals = [random.random() for _ in range(100)]
print(all(0.0 <= v < 1.0 for v in vals))
u = [random.uniform(2, 3) for _ in range(100)]
print(all(2 <= v <= 3 for v in u))
