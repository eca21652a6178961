"""The command that reproduces one cell: the test's path, the target string as given, the options that judge."""
from __future__ import annotations

from mpconform.reports.reproduce import reproduce_command

META = {"suite": ["/src/suite"], "command": [
    "/usr/bin/mpconform", "run", "-t", "unix=/opt/mp", "--target=qemu-microbit*2,verify=no", "-tserial:/dev/ttyACM0,label=board",
    "--timeout", "5", "--expectations=mine.toml", "--no-cache", "-j", "4", "-k", "int", "--json", "r.json"]}


def test_target_string_as_given_one_instance_and_judging_options_carried():
    assert reproduce_command("basics/int_pow.py", "qemu-microbit", META) == (
        "mpconform run /src/suite/basics/int_pow.py -t qemu-microbit,verify=no --timeout 5 "
        "--expectations mine.toml --no-cache")
    assert reproduce_command("basics/int_pow.py", "unix=/opt/mp", META).startswith(
        "mpconform run /src/suite/basics/int_pow.py -t unix=/opt/mp ")
    assert " -t serial:/dev/ttyACM0,label=board " in reproduce_command("a/b.py", "board", META)


def test_an_area_folder_run_and_missing_metadata_still_give_a_command():
    assert reproduce_command("basics/x.py", "unix", {"suite": ["/s/basics"]}) == "mpconform run /s/basics/x.py -t unix"
    assert reproduce_command("a/it's.py", "unix", {}) == "mpconform run 'a/it'\"'\"'s.py' -t unix"


def test_the_suite_path_that_has_the_test_here_wins(tmp_path):
    (tmp_path / "mine" / "a").mkdir(parents=True)
    (tmp_path / "mine" / "a" / "t.py").write_text("print(1)\n")
    meta = {"suite": ["/elsewhere/suite", str(tmp_path / "mine")]}
    assert reproduce_command("a/t.py", "ref", meta) == f"mpconform run {tmp_path / 'mine' / 'a' / 't.py'} -t ref"
