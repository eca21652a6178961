# sys.print_exception writes a traceback to a given stream.
import io
import sys

try:
    print_exception = sys.print_exception
except AttributeError:
    print("SKIP")
    raise SystemExit


def f():
    raise ValueError("deep")


s = io.StringIO()
try:
    f()
except ValueError as e:
    print_exception(e, s)
lines = s.getvalue().splitlines()
print(lines[0], len(lines), lines[-1])
print_exception(KeyError("k"), sys.stdout)
