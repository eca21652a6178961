# mpconform: features=module:io

import io
s = io.StringIO("x")
s.close()
try:
    s.read()
    print("read after close")
except ValueError:
    print("ValueError")
except OSError:
    print("ValueError")
