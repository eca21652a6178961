# sys.stdin, sys.stdout and sys.stderr exist and stdout/stderr accept write().
import sys

print(all(hasattr(s, m) for s in (sys.stdout, sys.stderr) for m in ("write",)))
print(hasattr(sys.stdin, "read"), hasattr(sys.stdin, "readline"))
n = sys.stdout.write("written\n")
print(n)
print("to stdout", file=sys.stdout)
print("via print", end="!\n", file=sys.stdout)
