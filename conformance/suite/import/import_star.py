import sys

# CPython's -I leaves the script's folder off sys.path; the runner's working directory is that folder.
if "" not in sys.path:
    sys.path.insert(0, "")
from pkg_side.star import *
print(public_a, public_b)
try:
    _hidden
except NameError:
    print("NameError _hidden")
