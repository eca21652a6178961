# mpconform: features=module:json

import json
print(json.loads("1"), json.loads("-2"), json.loads('"s"'))
print(json.loads("true"), json.loads("false"), json.loads("null"))
print(json.loads("[1, [2, [3]]]"))
print(json.loads('{"a": {"b": []}}'))
print(json.loads(" [ 1 , 2 ] "))
