"""zip as the port has it (py/objzip.c): no `strict` keyword (builtin_zip_strict)."""
from __future__ import annotations

__all__ = ["Zip"]

import builtins as _hb


class Zip(_hb.zip):
    """zip without the strict keyword (builtin_zip_strict)."""

    def __new__(cls, *its, **kw):
        if kw:
            raise TypeError("function doesn't take keyword arguments")
        return _hb.zip.__new__(cls, *its)


Zip.__name__ = Zip.__qualname__ = "zip"
Zip.__module__ = "builtins"
