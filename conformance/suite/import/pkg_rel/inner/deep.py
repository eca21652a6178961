from .. import a
from ..b import g

RESULT = (a.A, g())
