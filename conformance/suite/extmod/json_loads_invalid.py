# mpconform: features=module:json

import json
for text in ("[1,", "{", "", "tru", "]"):
    try:
        json.loads(text)
        print("accepted", repr(text))
    except ValueError:
        print("ValueError", repr(text))
