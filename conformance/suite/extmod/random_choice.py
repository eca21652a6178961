# mpconform: features=module:random

import random
random.seed(3)
seq = ["a", "b", "c"]
print(all(random.choice(seq) in seq for _ in range(50)))
print(random.choice([9]))
try:
    random.choice([])
except IndexError:
    print("IndexError")
