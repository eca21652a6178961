"""Every catalogue entry (cpydiff file) is one entry of interpreter/differences.py and vice versa."""
from __future__ import annotations

from mpconform.conformance.catalogue import load_catalogue
from mpconform.interpreter.differences import DIFFERENCES


def test_every_cpydiff_file_has_a_profile_entry():
    missing = sorted(set(load_catalogue()) - set(DIFFERENCES))
    assert missing == [], f"cpydiff entries without a differences.py entry: {missing}"


def test_every_profile_entry_has_a_cpydiff_file():
    missing = sorted(set(DIFFERENCES) - set(load_catalogue()))
    assert missing == [], f"differences.py entries without a cpydiff file: {missing}"


def test_unmodelled_entries_say_why():
    silent = sorted(k for k, d in DIFFERENCES.items() if d.kind == "none" and not d.reason_not_modelled.strip())
    assert silent == [], f"entries of kind 'none' without reason_not_modelled: {silent}"
