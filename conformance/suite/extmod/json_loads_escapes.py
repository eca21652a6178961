# mpconform: features=module:json

import json
print(json.loads('"a\\nb"'))
print(json.loads('"tab\\there"'))
print(json.loads('"q\\"q"'))
print(json.loads('"\\u0041\\u0062"'))
print(json.loads('"\\/"'))
