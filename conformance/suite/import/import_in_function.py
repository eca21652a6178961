import sys

# CPython's -I leaves the script's folder off sys.path; the runner's working directory is that folder.
if "" not in sys.path:
    sys.path.insert(0, "")
def load():
    import pkg_simple
    return pkg_simple.VALUE


print(load())
try:
    pkg_simple
except NameError:
    print("NameError: import was local")
