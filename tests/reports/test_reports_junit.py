"""JUnit XML: golden output, one suite per target, verdict mapping, valid XML from hostile output."""
from __future__ import annotations

import xml.etree.ElementTree as ET

from mpconform.reports.junit import junit_xml_string, write_junit
from mpconform.results import TestResult, Verdict

V = Verdict

GOLDEN = """\
<?xml version="1.0" encoding="utf-8"?>
<testsuites disabled="0" errors="1" failures="2" tests="5" time="0.875">
	<testsuite disabled="0" errors="1" failures="2" name="unix" skipped="1" tests="5" time="0.875" package="mpconform" timestamp="2024-05-01T10:00:00">
		<properties>
			<property name="implementation" value="micropython"/>
			<property name="version" value="1.29.0"/>
			<property name="platform" value="linux"/>
			<property name="identity" value="micropython 1.29.0 linux"/>
		</properties>
		<testcase name="top.py" time="0.125000" classname="(top)" file="top.py">
			<failure type="xpass" message="unexpected pass: remove from expectations (listed as: bug #12)"/>
			<system-out>board: ttyACM0
retried once after a reconnect</system-out>
		</testcase>
		<testcase name="int_abs.py" time="0.250000" classname="basics" file="basics/int_abs.py"/>
		<testcase name="int_pow.py" time="0.500000" classname="basics" file="basics/int_pow.py">
			<failure type="fail" message="output differs from expected">--- expected
+++ actual
@@ -1,2 +1,2 @@
 1
-2
+3\\x00\\xff\\x1b[0m
</failure>
		</testcase>
		<testcase name="mount.py" classname="extmod.vfs" file="extmod/vfs/mount.py">
			<error type="error" message="link broke: board gone">link broke: board gone</error>
		</testcase>
		<testcase name="fmt.py" classname="float" file="float/fmt.py">
			<skipped type="skipped" message="needs float"/>
		</testcase>
	</testsuite>
</testsuites>
"""

GOLDEN_RESULTS = [
    TestResult("basics/int_pow.py", "unix", V.FAIL, 0.5, expected="1\n2\n", actual="1\n3\x00\udcff\x1b[0m\n"),
    TestResult("basics/int_abs.py", "unix", V.PASS, 0.25),
    TestResult("extmod/vfs/mount.py", "unix", V.ERROR, reason="link broke: board gone"),
    TestResult("float/fmt.py", "unix", V.SKIP, reason="needs float"),
    TestResult("top.py", "unix", V.XPASS, 0.125, reason="bug #12", board="ttyACM0", retried=True),
]


def test_golden_output():
    ident = {"unix": {"implementation": "micropython", "version": "1.29.0", "platform": "linux"}}
    assert junit_xml_string(GOLDEN_RESULTS, ident, timestamp="2024-05-01T10:00:00") == GOLDEN


def _parse(results, targets=None, **kw):
    return ET.fromstring(junit_xml_string(results, targets, **kw).encode("utf-8"))


def test_one_testsuite_per_target_in_the_given_order(sample_results, sample_targets):
    root = _parse(sample_results, {"cpython": sample_targets["cpython"], "unix": sample_targets["unix"]})
    suites = root.findall("testsuite")
    assert [s.get("name") for s in suites] == ["cpython", "unix"]
    assert [s.get("tests") for s in suites] == ["6", "8"]


def test_each_verdict_maps_to_its_element(sample_results):
    root = _parse(sample_results)
    cases = {(s.get("name"), c.get("file")): c for s in root.iter("testsuite") for c in s.iter("testcase")}

    def kind(target, test):
        children = [ch for ch in cases[target, test] if ch.tag != "system-out"]
        return [(ch.tag, ch.get("type"), ch.get("message")) for ch in children]

    assert kind("unix", "basics/int_abs.py") == []
    assert kind("unix", "basics/int_pow.py") == [("failure", "fail", "output differs from expected")]
    assert kind("unix", "extmod/loop.py") == [("failure", "timeout", "no output for 10 s")]
    assert kind("unix", "extmod/boom.py") == [("failure", "crash", "signal 11")]
    assert kind("unix", "basics/int_big.py") == [("skipped", "skipped", "expected failure: no bigint")]
    assert kind("unix", "float/fmt.py") == [("skipped", "skipped", "needs float")]
    assert kind("unix", "top.py") == [
        ("failure", "xpass", "unexpected pass: remove from expectations (listed as: bug #12)")]
    assert kind("cpython", "float/nan.py") == [("error", "error", "cannot decode test file")]
    assert kind("cpython", "extmod/loop.py") == [("skipped", "skipped", "not run: run aborted")]


def test_crash_and_timeout_carry_the_output_seen(sample_results):
    root = _parse(sample_results)
    boom = next(c for c in root.iter("testcase") if c.get("file") == "extmod/boom.py")
    assert boom.find("failure").text == "signal 11\noutput:\npartial\n"


def test_xpass_can_be_listed_as_a_pass_with_a_note():
    root = _parse([TestResult("t.py", "u", V.XPASS, reason="bug #1")], xpass_as_failure=False)
    case = root.find("testsuite/testcase")
    assert case.find("failure") is None
    assert case.find("system-out").text == "unexpected pass: remove from expectations (listed as: bug #1)"


def test_prefix_target_makes_classnames_unique_across_targets():
    root = _parse([TestResult("a/b/c.py", "unix", V.PASS), TestResult("a/b/c.py", "wasm", V.PASS)],
                  prefix_target=True)
    assert [c.get("classname") for c in root.iter("testcase")] == ["unix.a.b", "wasm.a.b"]


def test_hostile_text_stays_valid_xml_and_visible(tmp_path):
    nasty = "<script>&\x00\x01\x0b\x7f\udcfe\ufffe\"'"
    r = TestResult(f"a/{nasty}.py", nasty, V.FAIL, reason=nasty, expected="x\n", actual=nasty + "\n")
    path = tmp_path / "j.xml"
    write_junit(path, [r], {nasty: {"implementation": nasty}})
    root = ET.parse(path).getroot()  # raises on any invalid XML
    case = root.find("testsuite/testcase")
    shown = "<script>&\\x00\\x01\\x0b\\x7f\\xfe\\ufffe\"'"
    assert case.get("name") == shown + ".py"
    assert root.find("testsuite").get("name") == shown
    assert case.find("failure").get("message") == shown
    assert "+" + shown in case.find("failure").text
    assert "<script>" not in path.read_text(encoding="utf-8")  # escaped as &lt;script&gt;
