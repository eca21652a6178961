"""What every file-like object of the library shares: the with-statement and iteration by lines."""
from __future__ import annotations

__all__ = ["LineStream"]


class LineStream:
    """Mixin for classes with readline() and close() (files, StringIO, BytesIO)."""

    def __enter__(self):
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __iter__(self):
        return self

    def __next__(self) -> object:
        line = self.readline()
        if not line:
            raise StopIteration
        return line
