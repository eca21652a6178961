# mpconform: features=module:io

import io
with io.StringIO() as s:
    s.write("inside")
    print(s.getvalue())
with io.BytesIO(b"b") as b:
    print(b.read())
