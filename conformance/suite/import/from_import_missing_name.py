import sys

# CPython's -I leaves the script's folder off sys.path; the runner's working directory is that folder.
if "" not in sys.path:
    sys.path.insert(0, "")
try:
    from pkg_simple import does_not_exist
except ImportError:
    print("ImportError")
import pkg_simple
print(hasattr(pkg_simple, "does_not_exist"))
