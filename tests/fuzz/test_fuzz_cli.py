"""`mpconform fuzz`: --show regenerates by seed, --out keeps a corpus a second run continues, --replay reruns."""
from __future__ import annotations

import json

from mpconform.fuzz.generate import generate
from mpconform.fuzz.signature import Signature
from mpconform.cli import main as mpconform_main


def test_show_prints_the_program_of_a_seed(capsys):
    assert mpconform_main(["fuzz", "--show", "42"]) == 0
    assert capsys.readouterr().out == generate(42)


def test_a_campaign_saves_buckets_and_a_second_run_continues(tmp_path, capsys, need):
    need("cpython")
    out = tmp_path / "corpus"
    args = ["fuzz", "-t", "cpython", "-t", "broken-floordiv", "--programs", "150", "--out", str(out), "--quiet",
            "--reduce-checks", "60"]
    rc = mpconform_main(args + ["--json", str(tmp_path / "a.json")])
    first = json.loads((tmp_path / "a.json").read_text())
    assert rc == 1 and first["stats"]["programs"] == 150  # new buckets found: exit code 1
    state = json.loads((out / "state.json").read_text())
    assert state["next_seed"] == 150 and state["buckets"]
    assert list((out / "candidates").glob("new_*.py"))
    table = capsys.readouterr().out
    assert "bucket" in table and "broken-floordiv" in table
    mpconform_main(args + ["--json", str(tmp_path / "b.json")])
    second = json.loads((tmp_path / "b.json").read_text())
    assert second["stats"]["programs"] == 300
    assert json.loads((out / "state.json").read_text())["next_seed"] == 300
    first_ids = {b["id"] for b in first["buckets"]}
    assert first_ids <= {b["id"] for b in second["buckets"]}
    # Replaying a saved bucket reproduces its divergence.
    bucket = next(b for b in second["buckets"] if b["kind"] == "new")
    capsys.readouterr()
    program = out / "buckets" / bucket["id"] / ("reduced.py" if bucket["reduced"] else "program.py")
    assert mpconform_main(["fuzz", "-t", "cpython", "-t", "broken-floordiv", "--replay", str(program)]) == 1
    assert f"signature {Signature.from_json(bucket['signature'])}\n" in capsys.readouterr().out


def test_an_unknown_target_is_a_usage_error(capsys):
    assert mpconform_main(["fuzz", "-t", "cpython", "-t", "nosuch", "--programs", "1"]) == 2
    assert "unknown target 'nosuch'" in capsys.readouterr().err


def test_the_deprecated_target_list_still_works_and_says_what_replaces_it(tmp_path, capsys, need):
    need("cpython")
    report = tmp_path / "r.json"
    assert mpconform_main(["fuzz", "--targets", "cpython,cpython;label=again", "--programs", "20", "--quiet",
                           "--json", str(report)]) == 0
    assert "--targets is deprecated; give each target with -t" in capsys.readouterr().err
    assert json.loads(report.read_text())["targets"] == ["cpython", "again"]


def test_a_missing_replay_file_is_one_line_naming_it(tmp_path, capsys, need):
    need("cpython")
    missing = tmp_path / "nope.py"
    assert mpconform_main(["fuzz", "-t", "cpython", "--replay", str(missing)]) == 2
    err = capsys.readouterr().err
    assert f"cannot read {missing}: No such file" in err and "Traceback" not in err


def test_recheck_reruns_saved_buckets(tmp_path, capsys, need):
    need("cpython")
    out = tmp_path / "corpus"
    mpconform_main(["fuzz", "-t", "cpython", "-t", "broken-floordiv", "--programs", "120", "--out", str(out),
                    "--quiet", "--reduce-checks", "40"])
    capsys.readouterr()
    # Against a correct target (a second cpython labelled like the broken one) every bucket agrees now.
    assert mpconform_main(["fuzz", "-t", "cpython", "-t", "cpython,label=broken-floordiv", "--out", str(out),
                           "--recheck"]) == 0
    assert "agrees now" in capsys.readouterr().out
    assert mpconform_main(["fuzz", "-t", "cpython", "-t", "broken-floordiv", "--out", str(out), "--recheck"]) == 1
    assert "still diverges" in capsys.readouterr().out


def test_sigterm_keeps_the_corpus_found_so_far_and_the_next_run_continues_it(tmp_path, need):
    need("cpython")
    import signal
    import subprocess
    import sys
    import time

    out = tmp_path / "corpus"
    cmd = [sys.executable, "-m", "mpconform", "fuzz", "-t", "cpython", "-t", "broken-floordiv", "--budget", "60s",
           "--out", str(out)]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        time.sleep(4)
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=30)
    finally:
        proc.kill()
    assert proc.returncode == 130, err
    assert "interrupted after" in err and "corpus saved" in err
    state = json.loads((out / "state.json").read_text())
    assert state["stats"]["programs"] > 20 and state["next_seed"] >= state["stats"]["programs"]
    assert state["buckets"], "the broken target diverges within seconds: its bucket must have been kept"


def test_a_damaged_corpus_state_is_a_clear_error_naming_the_file(tmp_path, capsys, need):
    need("cpython")
    (tmp_path / "state.json").write_text('{"next_seed": 5, "stats": {"programs": ')
    rc = mpconform_main(["fuzz", "-t", "cpython", "--budget", "1s", "--out", str(tmp_path)])
    err = capsys.readouterr().err
    assert rc == 2
    assert str(tmp_path / "state.json") in err and "cannot continue" not in err and "not a corpus state" in err
    assert "Traceback" not in err
