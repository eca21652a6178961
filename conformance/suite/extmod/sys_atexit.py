# sys.atexit registers one function that runs after the main script ends.
import sys

try:
    sys.atexit
except AttributeError:
    print("SKIP")
    raise SystemExit
sys.atexit(lambda: print("at exit"))
print("main ends")
