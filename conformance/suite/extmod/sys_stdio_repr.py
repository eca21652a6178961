# mpconform: features=module:micropython
# On the unix port the standard streams print as io.TextIOWrapper with their file descriptor.
import sys

print(sys.stdin, sys.stdout, sys.stderr)
print(type(sys.stdout).__name__)
print(sys.stdout.buffer, sys.stdin.buffer)
