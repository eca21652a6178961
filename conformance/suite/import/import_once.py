import sys

# CPython's -I leaves the script's folder off sys.path; the runner's working directory is that folder.
if "" not in sys.path:
    sys.path.insert(0, "")
import pkg_side.effect
import pkg_side.effect
from pkg_side import effect
print(effect.COUNT)
import sys
print("pkg_side.effect" in sys.modules)
