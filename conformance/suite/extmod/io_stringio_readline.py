# mpconform: features=module:io

import io
s = io.StringIO("one\ntwo\nthree")
print(repr(s.readline()))
print(repr(s.readline()))
print(repr(s.readline()))
print(repr(s.readline()))
