import sys

# CPython's -I leaves the script's folder off sys.path; the runner's working directory is that folder.
if "" not in sys.path:
    sys.path.insert(0, "")
from pkg_side import state, uses_state
print(state.bump())
print(uses_state.bump_twice())
print(state.counter)
