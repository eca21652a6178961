# mpconform: features=module:micropython
# The unix port names the errno symbol in str() of an OSError made from an errno value.
import errno

print(str(OSError(errno.ENOENT)))
print(str(OSError(errno.EEXIST, "exists")))
print(repr(OSError(errno.EIO)))
print(OSError(errno.ENOENT).errno, OSError(errno.EINVAL, "x").args)
print(str(OSError(9999)))
try:
    open("/no/such/dir/file")
except OSError as e:
    print(e.errno == errno.ENOENT, e.args)
