# mpconform: features=module:io

import io
b = io.BytesIO()
b.write(b"abc")
b.write(b"\x00\xff")
print(b.getvalue())
b2 = io.BytesIO(b"0123456789")
print(b2.read(4), b2.read(), b2.read())
