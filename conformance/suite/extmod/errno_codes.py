# mpconform: features=module:errno

import errno
print(errno.ENOENT, errno.EEXIST, errno.EINVAL, errno.EAGAIN)
print(errno.errorcode[errno.ENOENT], errno.errorcode[errno.EINVAL])
