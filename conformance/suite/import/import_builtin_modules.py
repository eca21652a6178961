import sys
print(type(sys).__name__)
import gc as g
print(g.collect() is None or True)
from sys import argv
print(type(argv).__name__)
