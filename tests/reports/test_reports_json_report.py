"""JSON results: lossless round trip, versioned schema, and clear errors naming the bad file."""
from __future__ import annotations

import json
import stat

import pytest

from mpconform.reports.errors import ReportError
from mpconform.reports.json_report import SCHEMA, read_json, write_json
from mpconform.results import TestResult, Verdict
from mpconform.runners.outcome import Identity


def test_round_trip_keeps_every_field(tmp_path, sample_results, sample_targets):
    path = tmp_path / "r.json"
    meta = {"suite": "conformance/suite", "argv": ["mpconform", "run"], "started": "2024-01-01T00:00:00Z"}
    write_json(path, sample_results, sample_targets, meta)
    results, targets, got_meta = read_json(path)
    assert results == sample_results
    assert targets == sample_targets
    assert got_meta["suite"] == "conformance/suite" and got_meta["argv"] == ["mpconform", "run"]
    assert got_meta["mpconform_version"]  # added when the caller did not give it


def test_undecodable_and_control_output_survives_the_round_trip(tmp_path):
    raw = b"ok\x00\xff\xfe\r\n\xe2\x82\xac"
    actual = raw.decode("utf-8", "surrogateescape")
    r = TestResult("a/b.py", "unix", Verdict.FAIL, expected="ok\n", actual=actual, board="b1", retried=True)
    write_json(tmp_path / "r.json", [r], {}, {})
    (back,), _, _ = read_json(tmp_path / "r.json")
    assert back == r
    assert back.actual.encode("utf-8", "surrogateescape") == raw


def test_defaults_are_left_out_of_the_file(tmp_path):
    write_json(tmp_path / "r.json", [TestResult("a/b.py", "unix", Verdict.PASS, 0.5)], {}, {})
    doc = json.loads((tmp_path / "r.json").read_text())
    assert doc["schema"] == SCHEMA
    assert doc["results"] == [{"test": "a/b.py", "target": "unix", "verdict": "pass", "duration": 0.5}]


def test_identity_dataclass_is_accepted_as_a_target(tmp_path):
    ident = Identity("micropython", "1.29.0", "linux", "x86_64", extra=(("heap", "2m"),))
    write_json(tmp_path / "r.json", [], {"unix": ident}, {})
    _, targets, _ = read_json(tmp_path / "r.json")
    assert targets == {"unix": {"implementation": "micropython", "version": "1.29.0", "platform": "linux",
                                "machine": "x86_64", "extra": {"heap": "2m"}}}


def test_no_temp_file_is_left_behind_and_permissions_follow_the_umask(tmp_path, monkeypatch):
    from mpconform.reports import _text
    monkeypatch.setattr(_text, "_UMASK", 0o027)
    write_json(tmp_path / "r.json", [], {}, {})
    assert [p.name for p in tmp_path.iterdir()] == ["r.json"]
    assert stat.S_IMODE((tmp_path / "r.json").stat().st_mode) == 0o640  # not mkstemp's 0o600


def _write(tmp_path, content) -> str:
    p = tmp_path / "bad.json"
    p.write_text(content if isinstance(content, str) else json.dumps(content))
    return str(p)


def _doc(**results_item):
    return {"schema": SCHEMA, "results": [{"test": "a.py", "target": "u", "verdict": "pass", **results_item}]}


@pytest.mark.parametrize("content, message", [
    ("{not json", r"not valid JSON at line 1 column 2"),
    ([], r"expected a JSON object"),
    ({"results": []}, r"expected schema 'mpconform-results/1', got None \(is this a baseline file\?\)"),
    ({"schema": "mpconform-results/9", "results": []}, r"expected schema 'mpconform-results/1', got 'mpconform-results/9'"),
    ({"schema": SCHEMA, "results": {}}, r'"results": expected a list, got dict'),
    ({"schema": SCHEMA, "results": [], "targets": []}, r'"targets": expected an object'),
    ({"schema": SCHEMA, "results": [], "meta": 3}, r'"meta": expected an object, got int'),
    ({"schema": SCHEMA, "results": [7]}, r"results\[0\]: expected an object, got int"),
    ({"schema": SCHEMA, "results": [{"test": "a.py", "verdict": "pass"}]}, r"results\[0\]: missing required key 'target'"),
    (_doc(verdict="passed"), r"results\[0\]\.verdict: expected one of pass, fail, .*; got 'passed'"),
    (_doc(duration="fast"), r'results\[0\]\.duration: expected int or float, got "fast"'),
    (_doc(duration=True), r"results\[0\]\.duration: expected int or float, got true"),
    (_doc(retried="yes"), r'results\[0\]\.retried: expected bool, got "yes"'),
    (_doc(actual=5), r"results\[0\]\.actual: expected str or null, got 5"),
])
def test_malformed_file_gives_an_error_naming_the_file(tmp_path, content, message):
    path = _write(tmp_path, content)
    with pytest.raises(ReportError, match=message) as info:
        read_json(path)
    assert str(info.value).startswith(f"{path}: ")
    assert info.value.path == path


def test_missing_file_is_a_report_error(tmp_path):
    with pytest.raises(ReportError, match=r"nope\.json: cannot read results file: No such file"):
        read_json(tmp_path / "nope.json")


def test_binary_file_is_a_report_error(tmp_path):
    p = tmp_path / "bin.json"
    p.write_bytes(b"\xff\xfe\x00junk")
    with pytest.raises(ReportError, match=r"bin\.json: not a results file: not UTF-8"):
        read_json(p)


def test_unknown_result_keys_from_a_newer_writer_are_ignored(tmp_path):
    path = _write(tmp_path, _doc(flaky_score=0.3))
    (r,), _, _ = read_json(path)
    assert r == TestResult("a.py", "u", Verdict.PASS)
