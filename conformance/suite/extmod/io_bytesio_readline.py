# mpconform: features=module:io

import io
b = io.BytesIO(b"l1\nl2\n")
print(b.readline(), b.readline(), b.readline())
