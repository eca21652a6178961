import sys

# CPython's -I leaves the script's folder off sys.path; the runner's working directory is that folder.
if "" not in sys.path:
    sys.path.insert(0, "")
from pkg_rel.inner import deep
print(deep.RESULT)
print(deep.__name__)
