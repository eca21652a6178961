import sys

# CPython's -I leaves the script's folder off sys.path; the runner's working directory is that folder.
if "" not in sys.path:
    sys.path.insert(0, "")
import pkg_getattr
print(pkg_getattr.dynamic)
try:
    pkg_getattr.other
except AttributeError:
    print("AttributeError")
