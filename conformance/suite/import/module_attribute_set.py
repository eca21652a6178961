import sys

# CPython's -I leaves the script's folder off sys.path; the runner's working directory is that folder.
if "" not in sys.path:
    sys.path.insert(0, "")
import pkg_simple
pkg_simple.VALUE = 7
pkg_simple.extra = "added"
from pkg_simple import VALUE, extra
print(VALUE, extra)
