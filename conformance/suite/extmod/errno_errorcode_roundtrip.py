# Every errno.errorcode entry names a module constant with that value.
import errno

bad = [k for k, v in errno.errorcode.items() if getattr(errno, v) != k]
print(bad, len(errno.errorcode) > 10)
print(errno.errorcode[errno.EEXIST], errno.errorcode.get(-1))
