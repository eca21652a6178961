"""HTML report: self-contained, every piece of results text escaped, verdicts coloured, rows grouped."""
from __future__ import annotations

from html.parser import HTMLParser

from mpconform.reports.html import render_html, write_html
from mpconform.results import TestResult, Verdict

V = Verdict
NASTY = "<script>alert(1)</script>\x00\"'&<img src=x onerror=alert(2)>"


class _Collect(HTMLParser):
    """Every start tag, attribute and text node, as the browser's tokenizer sees them."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)


def _parse(doc: str) -> _Collect:
    p = _Collect()
    p.feed(doc)
    p.close()
    return p


def test_hostile_output_is_text_never_markup(tmp_path):
    results = [TestResult(f"basics/{NASTY}.py", NASTY, V.FAIL, reason=NASTY, expected="1\n", actual=NASTY + "\n"),
               TestResult("basics/ok.py", NASTY, V.CRASH, reason="signal 11", actual=NASTY)]
    path = tmp_path / "r.html"
    write_html(path, results, {NASTY: {"implementation": NASTY, "version": "1"}}, title=NASTY,
               meta={NASTY: {"argv": [NASTY], "suite": NASTY}})
    doc = path.read_text(encoding="utf-8")
    parsed = _parse(doc)
    tags = {t for t, _ in parsed.tags}
    assert "script" not in tags and "img" not in tags
    assert "\x00" not in doc
    shown = "<script>alert(1)</script>\\x00\"'&<img src=x onerror=alert(2)>"
    text = "".join(parsed.text)
    assert shown in text                     # the NUL is visible as \x00, the markup as text
    assert "+" + shown in text               # inside the diff too
    titles = [a["title"] for _, a in parsed.tags if "title" in a]
    assert shown in titles                   # the reason tooltip is an attribute value, intact
    assert not any(k.startswith("on") for _, a in parsed.tags for k in a)


def test_self_contained_no_external_assets(sample_results, sample_targets):
    parsed = _parse(render_html(sample_results, sample_targets))
    for tag, attrs in parsed.tags:
        assert tag not in ("script", "link", "img", "iframe")
        assert not any(v and "://" in v for k, v in attrs.items() if k in ("src", "href"))


def test_targets_are_columns_with_identity_and_tests_are_rows_by_area(sample_results, sample_targets):
    doc = render_html(sample_results, sample_targets)
    assert "<th>unix<small>micropython 1.29.0 linux x86_64</small></th>" in doc
    assert "<th>cpython<small>cpython 3.11.7 linux</small></th>" in doc
    areas = [line for line in doc.splitlines() if line.startswith('<tr class="area">')]
    assert areas == [
        '<tr class="area"><th>(top) (1 tests)</th><th>100.0%</th><th>-</th></tr>',
        '<tr class="area"><th>basics (3 tests)</th><th>33.3%</th><th>100.0%</th></tr>',
        '<tr class="area"><th>extmod (2 tests)</th><th>0.0%</th><th>-</th></tr>',
        '<tr class="area"><th>float (2 tests)</th><th>-</th><th>50.0%</th></tr>',
    ]


def test_cells_are_coloured_by_verdict_with_reason_and_diff():
    results = [TestResult("a/x.py", "u", V.PASS), TestResult("a/y.py", "u", V.FAIL, reason="r1", expected="1\n",
                                                               actual="2\n"),
               TestResult("a/z.py", "u", V.SKIP, reason="needs float")]
    doc = render_html(results)
    assert '<tr class="allpass"><td class="test" title="a/x.py">x.py</td><td class="v v-pass">pass</td></tr>' in doc
    assert ('<td class="v v-fail" title="r1"><details><summary>fail</summary><div class="reason">r1</div>'
            '<pre>--- expected\n+++ actual\n@@ -1 +1 @@\n-1\n+2\n</pre></details></td>') in doc
    assert '<td class="v v-skip" title="needs float"><details><summary>skip</summary>' in doc
    assert "td.v-fail { background: #ef9a9a; }" in doc


def test_a_test_missing_on_one_target_shows_a_dash(sample_results):
    doc = render_html(sample_results)
    row = doc[doc.index('title="extmod/boom.py"'):]
    row = row[:row.index("</tr>")]
    assert row.count("<td") == 2 and row.endswith('<td class="v none">&mdash;</td>')
