"""Fixtures for the library tests: a fake runtime and a gate for tests that compare with the unix port."""
from __future__ import annotations

import pathlib

import pytest

from .shim import MICROPYTHON, make_rt


@pytest.fixture
def rt(tmp_path):
    """A fresh fake runtime whose sandbox is a temporary folder."""
    return make_rt(sandbox=tmp_path)


HERE = pathlib.Path(__file__).parent


def pytest_collection_modifyitems(config, items):
    """Skip this folder's `unixport` tests, with the reason, only where the unix port is missing."""
    skip = pytest.mark.skip(reason="the `micropython` command (unix port) is not installed")
    for item in items:
        if "unixport" in item.keywords and MICROPYTHON is None and HERE in pathlib.Path(str(item.fspath)).parents:
            item.add_marker(skip)
