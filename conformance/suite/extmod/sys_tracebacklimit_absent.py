# mpconform: features=module:micropython
# The unix port's standard build has no sys.tracebacklimit: assigning it raises AttributeError.
import sys

print(hasattr(sys, "tracebacklimit"))
try:
    sys.tracebacklimit = 0
    print("assigned", sys.tracebacklimit)
except AttributeError as e:
    print("AttributeError", e)
