# mpconform: features=module:json
# mpconform: features=module:io

import io
import json
buf = io.StringIO()
json.dump({"n": [1, 2, 3]}, buf)
print(buf.getvalue())
buf.seek(0)
print(json.load(buf))
print(json.load(io.StringIO("[4, 5]")))
