import sys

# CPython's -I leaves the script's folder off sys.path; the runner's working directory is that folder.
if "" not in sys.path:
    sys.path.insert(0, "")
try:
    import pkg_that_does_not_exist
except ImportError as e:
    print("ImportError")
try:
    import pkg_simple.nope
except ImportError:
    print("ImportError submodule")
