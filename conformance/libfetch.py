"""micropython-lib modules without a MicroPython checkout: fetched from PyPI, checked, kept in a cache folder.

No distribution on PyPI that pip can install carries micropython-lib's unittest: the packages that hold it
(`micropython-unittest`, `pycopy-unittest`) are sdists in the old upip format (a tar.gz with the module and
PKG-INFO, no setup.py or pyproject.toml), which pip refuses. So mpconform downloads the sdist itself, from the
URL and with the sha256 that PyPI's JSON API publishes for it, checks the digest against both PyPI's and the
one pinned here, and unpacks the module into `~/.cache/mpconform/lib`, a folder every run puts on the targets'
module path when it exists.

The pinned package is `pycopy-unittest` 0.7, the unittest of pycopy-lib (micropython-lib's fork, from which
today's micropython-lib unittest descends): its summary is the one run-tests.py reads (70 dashes, `Ran N
tests`, an empty line, `OK`). `micropython-unittest` 0.4 (2018) prints no dashes and ends with
`sys.exit(False)`, which MicroPython 1.2x reports as a failure.
"""
from __future__ import annotations

import hashlib
import io
import json
import os
import tarfile
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable

from .config import Settings
from .discovery import is_micropython_tests

__all__ = ["LibraryPackage", "PACKAGES", "FetchError", "fetch", "fetched_folder", "checkout_library", "library_path"]


class FetchError(Exception):
    """A module could not be fetched: unknown name, PyPI unreachable, digest mismatch, bad archive."""


@dataclass(frozen=True)
class LibraryPackage:
    """A micropython-lib module published on PyPI as an upip sdist, pinned by version and digest."""

    module: str
    project: str
    version: str
    sha256: str
    member: str          # the module's file inside the archive


PACKAGES: dict[str, LibraryPackage] = {p.module: p for p in (
    LibraryPackage("unittest", "pycopy-unittest", "0.7",
                   "9470585040f75b4235d24f41cd44c3cd966200eea527b66624c89188ec0b40a7", "pycopy-unittest-0.7/unittest.py"),
)}

#: Fetches a URL's bytes (tests give their own).
Opener = Callable[[str], bytes]


def _http_get(url: str) -> bytes:
    with urllib.request.urlopen(url, timeout=60) as resp:  # noqa: S310 - https URLs of PyPI only
        return resp.read()


def fetched_folder() -> Path:
    """Where fetched modules live: $XDG_CACHE_HOME/mpconform/lib (~/.cache/mpconform/lib)."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "mpconform" / "lib"


def fetch(module: str, folder: Path | None = None, opener: Opener = _http_get,
          index: str = "https://pypi.org/pypi") -> Path:
    """Download `module`'s pinned package from PyPI, check it, and write the module into `folder` (default the
    cache folder); returns the file written."""
    package = PACKAGES.get(module)
    if package is None:
        raise FetchError(f"no PyPI package known for module {module!r} (known: {', '.join(sorted(PACKAGES))})")
    meta_url = f"{index}/{package.project}/json"
    try:
        meta = json.loads(opener(meta_url))
        (sdist,) = [u for u in meta["releases"][package.version] if u.get("packagetype") == "sdist"]
        url, published = sdist["url"], sdist["digests"]["sha256"]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise FetchError(f"{meta_url}: cannot read the package's sdist from PyPI's JSON API: {exc}") from exc
    if published != package.sha256:
        raise FetchError(f"{package.project} {package.version}: PyPI publishes sha256 {published}, mpconform pins "
                         f"{package.sha256}: refusing a changed release")
    try:
        archive = opener(url)
    except OSError as exc:
        raise FetchError(f"{url}: download failed: {exc}") from exc
    got = hashlib.sha256(archive).hexdigest()
    if got != published:
        raise FetchError(f"{url}: downloaded file has sha256 {got}, PyPI publishes {published}")
    try:
        with tarfile.open(fileobj=io.BytesIO(archive), mode="r:gz") as tar:
            member = tar.extractfile(package.member)
            data = member.read() if member is not None else None
    except (tarfile.TarError, KeyError, OSError) as exc:
        raise FetchError(f"{url}: no {package.member} in the archive: {exc}") from exc
    if data is None:
        raise FetchError(f"{url}: {package.member} is not a file in the archive")
    target = (folder or fetched_folder()) / f"{module}.py"
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".tmp")
    tmp.write_bytes(data)
    os.replace(tmp, target)
    return target


def checkout_library(root: Path) -> list[Path]:
    """For a MicroPython checkout's tests/ folder, the folders run-tests.py puts on MICROPYPATH: ../extmod and
    micropython-lib's unittest (lib/micropython-lib/python-stdlib/unittest), those that exist."""
    if not is_micropython_tests(root):
        return []
    checkout = root.parent
    found = [checkout / "extmod", checkout / "lib" / "micropython-lib" / "python-stdlib" / "unittest"]
    return [p for p in found if p.is_dir()]


def library_path(given: Iterable[Path], settings: Settings, roots: Iterable[Path]) -> tuple[Path, ...]:
    """Folders on every target's module path, in order: those given (--lib), the settings file's `lib`, what
    run-tests.py would put there for a MicroPython checkout's tests/, and the modules `fetch` got."""
    found = [Path(d).resolve() for d in given] + list(settings.lib)
    for root in sorted(set(roots)):
        found += checkout_library(root)
    if fetched_folder().is_dir():
        found.append(fetched_folder())
    return tuple(dict.fromkeys(found))
