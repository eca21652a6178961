# mpconform: features=module:json

import json
obj = []
for i in range(20):
    obj = [obj, i]
text = json.dumps(obj)
print(len(text))
print(json.loads(text) == obj)
