# mpconform: features=module:errno

import errno
try:
    raise OSError(errno.EINVAL)
except OSError as e:
    print(e.args[0] == errno.EINVAL, type(e).__name__)
