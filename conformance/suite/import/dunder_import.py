import sys

# CPython's -I leaves the script's folder off sys.path; the runner's working directory is that folder.
if "" not in sys.path:
    sys.path.insert(0, "")
import pkg_simple

m = __import__("pkg_simple")
print(m is pkg_simple, m.VALUE)
# A dotted name imports the submodule but returns the top-level package.
top = __import__("pkg_simple.sub")
print(top.__name__, top.sub.f())
