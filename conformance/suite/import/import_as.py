import sys

# CPython's -I leaves the script's folder off sys.path; the runner's working directory is that folder.
if "" not in sys.path:
    sys.path.insert(0, "")
import pkg_simple.sub as s
print(s.f(), s.NAME)
import pkg_simple as p
print(p.VALUE)
