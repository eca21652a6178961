"""Library folders: the settings file that names them, `mpconform lib fetch` that gets micropython-lib's unittest
from PyPI, and the order they reach the targets' module path."""
from __future__ import annotations

import hashlib
import io
import json
import tarfile
import urllib.request
from pathlib import Path

import pytest

from mpconform.conformance import libfetch
from mpconform.conformance.config import ConfigError, Settings, find_settings, load_settings
from mpconform.conformance.libfetch import FetchError, fetch, library_path

VENDORED = (Path(__file__).resolve().parent / "fixtures" / "checkout" / "lib" / "micropython-lib" / "python-stdlib"
            / "unittest")
MODULE_SHA256 = "453c15747136d474f6413397533aa855bd1400685ab22a3994b5749da1237479"


def test_settings_name_folders_relative_to_their_file(tmp_path):
    (tmp_path / "libs" / "a").mkdir(parents=True)
    (tmp_path / "mpconform.toml").write_text('lib = ["libs/a"]\ntimeout = 3\nexpectations = "x.toml"\n')
    settings = find_settings(tmp_path / "nowhere", {tmp_path / "tests"})     # found next to the tree
    assert settings == Settings(tmp_path / "mpconform.toml", (tmp_path / "libs" / "a",),
                                (tmp_path / "x.toml",), 3.0)


def test_pyproject_without_a_table_is_no_settings_and_with_one_is(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n')
    assert find_settings(tmp_path) == Settings()
    (tmp_path / "pyproject.toml").write_text('[tool.mpconform]\ntimeout = 4\n')
    assert find_settings(tmp_path).timeout == 4.0


@pytest.mark.parametrize("text, says", [
    ('libs = ["a"]\n', "mpconform.toml: unknown key 'libs'; the keys are lib (a list of folders)"),
    ('timeout = "fast"\n', "mpconform.toml: timeout must be a positive number of seconds, got 'fast'"),
    ('lib = [1]\n', "mpconform.toml: lib must be a list of folders (strings), got [1]"),
    ('lib = ["missing"]\n', "mpconform.toml: lib folder"),
    ('lib = [\n', "mpconform.toml: not valid TOML"),
])
def test_a_bad_settings_file_is_one_line_naming_it(tmp_path, text, says):
    (tmp_path / "mpconform.toml").write_text(text)
    with pytest.raises(ConfigError) as err:
        load_settings(tmp_path / "mpconform.toml")
    assert str(err.value).startswith(str(tmp_path)) and says in str(err.value) and "\n" not in str(err.value)


def test_run_refuses_a_bad_settings_file_naming_it(tmp_path):
    from mpconform.cli import main

    (tmp_path / "basics").mkdir()
    (tmp_path / "basics" / "t.py").write_text("print(1)\n")
    (tmp_path / "bad.toml").write_text("colour = 1\n")
    assert main(["run", str(tmp_path), "-t", "ref", "--config", str(tmp_path / "bad.toml"), "-q"]) == 2


def test_library_order_given_then_settings_then_checkout_then_fetched(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    given, configured = tmp_path / "given", tmp_path / "configured"
    given.mkdir(), configured.mkdir()
    (tmp_path / "xdg" / "mpconform" / "lib").mkdir(parents=True)
    tree = VENDORED.parents[3] / "tests"
    assert library_path([given], Settings(lib=(configured,)), {tree}) == (
        given, configured, VENDORED, tmp_path / "xdg" / "mpconform" / "lib")


def _sdist(module: bytes) -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:gz") as tar:
        info = tarfile.TarInfo("pycopy-unittest-0.7/unittest.py")
        info.size = len(module)
        tar.addfile(info, io.BytesIO(module))
    return buf.getvalue()


def _pypi(archive: bytes, published: str):
    """An opener serving PyPI's JSON API and one sdist."""
    meta = {"releases": {"0.7": [{"packagetype": "sdist", "url": "https://files.example/u.tar.gz",
                                   "digests": {"sha256": published}}]}}
    return lambda url: json.dumps(meta).encode() if url.endswith("/json") else archive


def test_fetch_checks_the_archive_against_pypi_and_the_pin(tmp_path, monkeypatch):
    archive = _sdist(b"print('unittest')\n")
    digest = hashlib.sha256(archive).hexdigest()
    monkeypatch.setitem(libfetch.PACKAGES, "unittest", libfetch.PACKAGES["unittest"].__class__(
        "unittest", "pycopy-unittest", "0.7", digest, "pycopy-unittest-0.7/unittest.py"))
    written = fetch("unittest", tmp_path, opener=_pypi(archive, digest))
    assert written == tmp_path / "unittest.py" and written.read_bytes() == b"print('unittest')\n"
    with pytest.raises(FetchError, match="downloaded file has sha256"):
        fetch("unittest", tmp_path, opener=_pypi(archive + b"x", digest))
    with pytest.raises(FetchError, match="refusing a changed release"):
        fetch("unittest", tmp_path, opener=_pypi(archive, "0" * 64))


def test_fetch_knows_only_pinned_modules(tmp_path):
    with pytest.raises(FetchError, match="no PyPI package known for module 'asyncio'"):
        fetch("asyncio", tmp_path, opener=lambda url: b"")


def test_the_vendored_module_is_the_pinned_release():
    assert hashlib.sha256((VENDORED / "unittest.py").read_bytes()).hexdigest() == MODULE_SHA256


@pytest.mark.slow
def test_fetch_from_pypi_gives_the_vendored_module(tmp_path):
    try:
        urllib.request.urlopen("https://pypi.org/pypi/pycopy-unittest/json", timeout=10).close()
    except OSError as exc:
        pytest.skip(f"PyPI unreachable here: {exc}")
    assert fetch("unittest", tmp_path).read_bytes() == (VENDORED / "unittest.py").read_bytes()
