# mpconform: features=module:json

import json
print(json.dumps(1), json.dumps(-5), json.dumps("s"), json.dumps(True), json.dumps(None))
print(json.dumps([1, "two", [3]]))
print(json.dumps({"key": [1, 2]}))
print(json.dumps(()))
print(json.dumps([]))
