"""The known-differences catalogue: its loader, and every entry still differing on the unix port."""
from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from mpconform.conformance.catalogue import (
    FIELDS, CatalogueError, Difference, check_entry, default_root, load_catalogue, parse_entry,
    run_cpython, run_micropython,
)

CATALOGUE = load_catalogue()
MICROPYTHON = shutil.which("micropython")

GOOD = '''"""
categories: Core,Classes
description: Special method __del__ not implemented
cause: No finalisers on user classes.
workaround: Use close()
  or a context manager.
"""
print(1)
'''


def test_bundled_catalogue_has_enough_entries_with_all_fields():
    assert len(CATALOGUE) >= 42
    for entry in CATALOGUE.values():
        assert entry.categories and all(entry.categories)
        for field in FIELDS[1:]:
            assert getattr(entry, field).strip(), (entry.id, field)


def test_ids_follow_micropython_prefixes():
    prefixes = ("core_", "types_", "modules_", "builtin_", "syntax_")
    bad = [i for i in CATALOGUE if not i.startswith(prefixes)]
    assert bad == []


def test_parse_entry_reads_fields_and_continuation(tmp_path):
    p = tmp_path / "core_class_delnotimpl.py"
    p.write_text(GOOD)
    d = parse_entry(p)
    assert d == Difference(id="core_class_delnotimpl", categories=("Core", "Classes"),
                           description="Special method __del__ not implemented",
                           cause="No finalisers on user classes.",
                           workaround="Use close() or a context manager.", path=p)


@pytest.mark.parametrize("field", FIELDS)
def test_missing_field_is_named_with_the_file(tmp_path, field):
    p = tmp_path / "types_x.py"
    p.write_text("\n".join(line for line in GOOD.splitlines() if not line.startswith(field + ":")) + "\n")
    with pytest.raises(CatalogueError) as info:
        parse_entry(p)
    assert str(p) in str(info.value) and repr(field) in str(info.value)


def test_no_docstring_is_an_error(tmp_path):
    p = tmp_path / "types_y.py"
    p.write_text("print(1)\n")
    with pytest.raises(CatalogueError, match=r"types_y\.py:1: .*no docstring"):
        parse_entry(p)


def test_empty_field_and_stray_line_are_errors(tmp_path):
    p = tmp_path / "types_z.py"
    p.write_text(GOOD.replace("cause: No finalisers on user classes.", "cause:"))
    with pytest.raises(CatalogueError, match="'cause' is empty"):
        parse_entry(p)
    p.write_text('"""\nthis is prose\n' + GOOD[4:])
    with pytest.raises(CatalogueError, match=r"types_z\.py:2: expected 'field: value'"):
        parse_entry(p)


def test_bad_id_is_an_error(tmp_path):
    p = tmp_path / "Bad-Id.py"
    p.write_text(GOOD)
    with pytest.raises(CatalogueError, match="entry id"):
        parse_entry(p)


def test_check_entry_normalises_line_endings():
    entry = next(iter(CATALOGUE.values()))
    assert not check_entry(entry, b"a\r\nb\n", b"a\nb\n").differs
    result = check_entry(entry, b"a\n", b"b\n")
    assert result.differs and "differs" in result.message
    same = check_entry(entry, b"x\n", b"x\n")
    assert entry.id in same.message and "'x\\n'" in same.message


@pytest.mark.parametrize("entry_id", sorted(CATALOGUE))
def test_entry_runs_cleanly_on_cpython(entry_id):
    entry = CATALOGUE[entry_id]
    proc = subprocess.run([sys.executable, "-I", "-B", entry.path.name], cwd=entry.path.parent,
                          capture_output=True, timeout=20)
    assert proc.returncode == 0, proc.stderr.decode()


@pytest.mark.unixport
@pytest.mark.skipif(MICROPYTHON is None, reason="no `micropython` (unix port) on PATH")
@pytest.mark.parametrize("entry_id", sorted(CATALOGUE))
def test_entry_still_differs_on_unix_port(entry_id):
    entry = CATALOGUE[entry_id]
    result = check_entry(entry, run_cpython(entry), run_micropython(entry))
    assert result.differs, result.message


def test_default_root_is_bundled_folder():
    assert default_root().name == "cpydiff" and default_root().is_dir()
