import sys

# CPython's -I leaves the script's folder off sys.path; the runner's working directory is that folder.
if "" not in sys.path:
    sys.path.insert(0, "")
m = __import__("pkg_simple")
print(m.VALUE)
top = __import__("pkg_simple.sub")
print(top.__name__, top.sub.f())
