# mpconform: features=module:io

import io
b = io.BytesIO(b"hello world")
b.seek(6)
print(b.read(), b.tell())
b.seek(0)
print(b.read(5))
b.seek(0)
b.write(b"J")
print(b.getvalue())
