# mpconform: features=module:json

import json
print(json.dumps("quote\"d"))
print(json.dumps("back\\slash"))
print(json.dumps("new\nline\ttab"))
print(json.dumps("\x01"))
