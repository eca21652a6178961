import sys

# CPython's -I leaves the script's folder off sys.path; the runner's working directory is that folder.
if "" not in sys.path:
    sys.path.insert(0, "")
import sys
import pkg_simple
print(sys.modules["pkg_simple"] is pkg_simple)
print("pkg_simple.sub" in sys.modules)
import pkg_simple.sub
print("pkg_simple.sub" in sys.modules)
