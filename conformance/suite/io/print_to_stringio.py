# mpconform: features=module:io

import io
buf = io.StringIO()
print("captured", 1, file=buf)
print("line2", end="", file=buf)
print(repr(buf.getvalue()))
