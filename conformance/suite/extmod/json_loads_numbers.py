# mpconform: features=module:json
# mpconform: features=float

import json
print(json.loads("0.5"), json.loads("-1.25"), json.loads("1e3"), json.loads("2E-2"))
print(type(json.loads("10")).__name__, type(json.loads("10.0")).__name__)
