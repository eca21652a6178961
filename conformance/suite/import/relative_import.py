import sys

# CPython's -I leaves the script's folder off sys.path; the runner's working directory is that folder.
if "" not in sys.path:
    sys.path.insert(0, "")
import pkg_rel
print(pkg_rel.TOTAL)
print(pkg_rel.a.A, pkg_rel.g())
