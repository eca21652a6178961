# mpconform: features=module:io

import io
s = io.StringIO("abcdefgh")
print(s.read(3), s.read(2), s.read(100), repr(s.read(1)))
s.seek(1)
print(s.read(2))
