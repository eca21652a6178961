"""Fixtures for the engine tests (helpers live in engine_helpers.py: `conftest` is not a unique module name)."""
from __future__ import annotations

import pytest

from engine_helpers import write_suite


@pytest.fixture
def suite(tmp_path):
    return lambda files: write_suite(tmp_path / "tests", files)
