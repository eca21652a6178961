# mpconform: features=module:math,float

import math
print(math.sqrt(16), math.floor(2.7), math.ceil(2.1), math.trunc(-2.7))
print(math.fabs(-3), math.copysign(2, -1))
print(math.isinf(math.inf), math.isnan(math.nan), math.isfinite(1.0))
print(round(math.pi, 4), round(math.e, 4))
