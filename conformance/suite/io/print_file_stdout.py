import sys
print("to stdout", file=sys.stdout)
print("sep", "end", sep="|", end="#\n", file=sys.stdout)
