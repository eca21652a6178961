import sys

# CPython's -I leaves the script's folder off sys.path; the runner's working directory is that folder.
if "" not in sys.path:
    sys.path.insert(0, "")
import pkg_simple
print(pkg_simple.VALUE)
print(pkg_simple.__name__)
print(pkg_simple.hello())
