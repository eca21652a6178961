# A folder appended to sys.path is searched by import; removing it again hides new modules.
import sys

print(type(sys.path).__name__, all(isinstance(p, str) for p in sys.path))
try:
    import path_helper_mod
except ImportError:
    print("ImportError before")
sys.path.append("pathdir")
import path_helper_mod

print(path_helper_mod.VALUE)
sys.path.remove("pathdir")
print("pathdir" in sys.path, "path_helper_mod" in sys.modules)
