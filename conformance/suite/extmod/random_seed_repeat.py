# mpconform: features=module:random

import random
# Seeding makes a run repeatable on one implementation; values differ between implementations.
random.seed(7)
a = [random.getrandbits(16) for _ in range(5)]
random.seed(7)
b = [random.getrandbits(16) for _ in range(5)]
print(a == b, all(0 <= x < 65536 for x in a))
