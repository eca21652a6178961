# A folder appended to sys.path is searched by import; the test writes that folder itself.
import os
import sys

folder = "sys_path_tmp"
try:
    os.mkdir(folder)
except OSError:
    pass
with open(folder + "/path_helper_mod.py", "w") as f:
    f.write("VALUE = 'found through sys.path'\n")
print(type(sys.path).__name__, all(isinstance(p, str) for p in sys.path))
try:
    import path_helper_mod
except ImportError:
    print("ImportError before")
sys.path.append(folder)
try:
    import path_helper_mod

    print(path_helper_mod.VALUE)
finally:
    sys.path.remove(folder)
    os.remove(folder + "/path_helper_mod.py")
    os.rmdir(folder)
print(folder in sys.path, "path_helper_mod" in sys.modules)
