# mpconform: features=module:io

import io
s = io.StringIO()
print(s.write("hello "), s.write("world"))
print(s.getvalue())
s2 = io.StringIO("preset")
print(s2.read())
print(repr(s2.read()))
