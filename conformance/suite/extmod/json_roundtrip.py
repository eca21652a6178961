# mpconform: features=module:json

import json
data = [1, -2, "x y", [True, False, None], {"k": "v"}]
text = json.dumps(data)
print(text)
print(json.loads(text) == data)
