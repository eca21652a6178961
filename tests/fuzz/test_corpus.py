"""The --out corpus: format 2 round-trips; a state saved by the previous version (format 1, signatures as text)
loads and continues; a state that cannot be read is one clear line, and the results on disk stay."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from mpconform.cli import main as mpconform_main
from mpconform.fuzz.classify import Classification
from mpconform.fuzz.compare import Divergence, View
from mpconform.fuzz.corpus import FORMAT, Corpus, CorpusError
from mpconform.fuzz.generate import Generated
from mpconform.fuzz.signature import Signature

#: state.json written by the previous version (`mpconform fuzz --targets cpython,unix --programs 1500 --seed 0
#: --reduce-checks 40`): four buckets, two of them folded into the pow() bucket.
V1 = Path(__file__).parent / "fixtures" / "corpus_v1" / "state.json"


def _v1_corpus(tmp_path: Path, edit=None) -> Corpus:
    out = tmp_path / "corpus"
    out.mkdir()
    state = json.loads(V1.read_text())
    if edit:
        edit(state)
    (out / "state.json").write_text(json.dumps(state))
    return Corpus(out)


def _record(buckets, sig: Signature) -> None:
    v = View(("1",), "ok")
    buckets.record(Classification(sig), Divergence("cpython", sig.target, v, v, 0), Generated("print(1)\n", 9, (), ()),
                   {"cpython": "1\n", sig.target: "0\n"})


def test_a_state_saved_by_the_previous_version_loads_as_values(tmp_path):
    old = json.loads(V1.read_text())
    saved = _v1_corpus(tmp_path).load()
    assert saved.next_seed == old["next_seed"] == 1500 and saved.stats.programs == 1500
    assert {str(s): b.id for s, b in saved.buckets.items()} == {k: b["id"] for k, b in old["buckets"].items()}
    pow_bucket = saved.buckets[Signature("new", "unix", shows="line", shapes=("0", "0"))]
    assert pow_bucket.culprit == "call pow/3 -> int" and pow_bucket.count == 4 and pow_bucket.choices
    assert [str(s) for s in pow_bucket.merged] == ["new|unix|line|True|False", "new|unix|line|0 0|0 0"]
    assert {str(k): str(v) for k, v in saved.buckets.aliases.items()} == old["aliases"]
    # A later program showing a folded signature still counts towards the bucket it was folded into.
    _record(saved.buckets, Signature("new", "unix", shows="line", shapes=("True", "False")))
    assert pow_bucket.count == 5 and len(saved.buckets) == 4


def test_a_previous_versions_corpus_is_written_back_in_the_new_format_and_reads_the_same(tmp_path):
    corpus = _v1_corpus(tmp_path)
    saved = corpus.load()
    corpus.save(saved.next_seed, saved.stats, saved.buckets)
    state = json.loads(corpus.state_path.read_text())
    assert state["format"] == FORMAT and isinstance(state["buckets"], list)
    again = corpus.load()
    assert [b.meta() for b in again.buckets.values()] == [b.meta() for b in saved.buckets.values()]
    assert [b.choices for b in again.buckets.values()] == [b.choices for b in saved.buckets.values()]
    assert again.buckets.aliases == saved.buckets.aliases and again.stats == saved.stats
    for b in saved.buckets.values():
        meta = json.loads((corpus.out / "buckets" / b.id / "meta.json").read_text())
        assert Signature.from_json(meta["signature"]) == b.signature and "--replay" in meta["reproduce"]


def test_an_old_signature_that_reads_several_ways_still_finds_its_bucket(tmp_path):
    # Printed lines with '|' in them (the generator's '%d|%s'): the old text does not say where one ends.
    text = "new|unix|line|'0|S'|<end>"

    def add(state):
        entry = dict(next(iter(state["buckets"].values())), signature=text, merged=[], count=1)
        state["buckets"][text] = entry

    buckets = _v1_corpus(tmp_path, add).load().buckets
    (kept,) = [b for b in buckets.values() if str(b.signature) == text]
    for reading in Signature.from_text(text):  # whichever reading is the true one, one bucket counts it
        _record(buckets, reading)
    assert kept.count == 3 and len(buckets) == 5


@pytest.mark.parametrize("text, says", [
    ("{not json", "JSONDecodeError"),
    ('{"format": 7, "next_seed": 0, "stats": {}, "buckets": [], "aliases": []}', "format 7"),
    ('{"next_seed": 0, "stats": {}, "aliases": {}, "buckets": {"odd|unix": {}}}', "expected KIND"),
    ('{"format": 2, "next_seed": 0, "stats": {}, "aliases": [], "buckets": [{"signature": {"kind": "new"}}]}',
     "needs the fields"),
])
def test_a_state_that_cannot_be_continued_is_one_clear_line(tmp_path, text, says):
    (tmp_path / "state.json").write_text(text)
    with pytest.raises(CorpusError) as err:
        Corpus(tmp_path).load()
    message = str(err.value)
    assert "\n" not in message and str(tmp_path / "state.json") in message and says in message
    assert message.endswith("use another --out or remove it")


def test_the_command_refuses_an_unreadable_corpus_without_touching_it(tmp_path, capsys, need):
    need("cpython")
    shutil.copytree(V1.parent, tmp_path / "corpus")
    state = tmp_path / "corpus" / "state.json"
    state.write_text(state.read_text()[:-200])  # cut short, as a full disk leaves it
    before = state.read_bytes()
    assert mpconform_main(["fuzz", "--targets", "cpython", "--programs", "5", "--out", str(tmp_path / "corpus"),
                           "--quiet"]) == 2
    err = capsys.readouterr().err.strip()
    last = err.splitlines()[-1]  # (after a warning about the command line, if the command gives one)
    assert "Traceback" not in err and "state.json" in last and last.endswith("use another --out or remove it")
    assert state.read_bytes() == before
