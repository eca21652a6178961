import sys

# CPython's -I leaves the script's folder off sys.path; the runner's working directory is that folder.
if "" not in sys.path:
    sys.path.insert(0, "")
import pkg_simple.sub
print(pkg_simple.sub.f())
print(pkg_simple.sub.NAME)
print(pkg_simple.VALUE)
