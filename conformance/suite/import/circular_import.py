import sys

# CPython's -I leaves the script's folder off sys.path; the runner's working directory is that folder.
if "" not in sys.path:
    sys.path.insert(0, "")
from pkg_circ import first, second
print(first.X, first.Y)
print(second.Z, second.SAW_Y)
