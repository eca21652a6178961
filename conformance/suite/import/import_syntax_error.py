import sys

# CPython's -I leaves the script's folder off sys.path; the runner's working directory is that folder.
if "" not in sys.path:
    sys.path.insert(0, "")
try:
    import pkg_bad.broken
except SyntaxError:
    print("SyntaxError")
