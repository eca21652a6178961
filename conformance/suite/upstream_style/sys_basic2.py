import sys
print(type(sys.argv), type(sys.path), type(sys.modules))
print(sys.byteorder in ("little", "big"), type(sys.maxsize))
print(sys.maxsize > 2 ** 30, type(sys.implementation.name))
print(hasattr(sys, "stdout"), hasattr(sys, "exit"))
sys.stdout.write("written\n")
try:
    sys.exit(3)
except SystemExit as e:
    print("SystemExit", e.args)
