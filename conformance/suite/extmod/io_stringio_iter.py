# mpconform: features=module:io

import io
for line in io.StringIO("a\nb\nc\n"):
    print(repr(line))
