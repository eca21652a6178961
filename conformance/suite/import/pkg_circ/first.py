X = 1
from . import second

Y = second.Z + 1
