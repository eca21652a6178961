# mpconform: features=module:errno

import errno
try:
    open("this file does not exist.txt")
except OSError as e:
    print(e.errno == errno.ENOENT, e.args[0] == errno.ENOENT)
