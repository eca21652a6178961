import sys

# CPython's -I leaves the script's folder off sys.path; the runner's working directory is that folder.
if "" not in sys.path:
    sys.path.insert(0, "")
from pkg_simple import VALUE, hello
print(VALUE, hello())
from pkg_simple.sub import f as sub_f
print(sub_f())
