# mpconform: features=module:io

import io
s = io.StringIO()
s.write("abcdef")
print(s.tell())
s.seek(2)
print(s.tell(), s.read())
s.seek(0)
s.write("XY")
print(s.getvalue())
