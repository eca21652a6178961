# mpconform: features=module:json

import json
print(json.dumps([1, 2], separators=(",", ":")))
print(json.dumps({"a": 1}, separators=(",", ":")))
print(json.dumps([[1], [2]], separators=(", ", ": ")))
