from . import a
from .b import g

TOTAL = a.A + g()
