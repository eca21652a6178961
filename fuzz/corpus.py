"""The --out folder: the state a later run continues from, a folder per bucket, candidate conformance tests.

    state.json               next seed, figures, every bucket with its choice sequence, folded signatures
    buckets/<id>/            program.py, reduced.py, output.<target>.txt, meta.json (with how to reproduce)
    candidates/<id>.py       the reduced program as a conformance test in MicroPython's layout

state.json says its `format`. Format 1 (no `format` key) keyed buckets by signature text; it is read once
and written back as format 2, where signatures are JSON objects.
"""
from __future__ import annotations

import json
import os
import shutil
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from .buckets import Bucket, Buckets
from .signature import Signature
from .stats import Stats

__all__ = ["Corpus", "CorpusError", "Saved", "FORMAT", "reproduce", "candidate"]

FORMAT = 2


class CorpusError(Exception):
    """The --out folder holds a state file that cannot be continued."""


@dataclass(frozen=True)
class Saved:
    """What a corpus holds to continue a campaign."""

    next_seed: int
    stats: Stats
    buckets: Buckets


class Corpus:
    """One --out folder: writes what a campaign found, reads it back to continue."""

    def __init__(self, out: Path) -> None:
        self.out = Path(out)
        self.state_path = self.out / "state.json"

    def exists(self) -> bool:
        return self.state_path.exists()

    def save(self, next_seed: int, stats: Stats, buckets: Buckets, changed: list[Bucket] | None = None) -> None:
        """Write the state file, and the folders of the `changed` buckets (all of them when not said)."""
        (self.out / "buckets").mkdir(parents=True, exist_ok=True)
        (self.out / "candidates").mkdir(exist_ok=True)
        for b in buckets.values() if changed is None else changed:
            d = self.out / "buckets" / b.id
            d.mkdir(exist_ok=True)
            (d / "program.py").write_text(b.source)
            if b.reduced is not None:
                (d / "reduced.py").write_text(b.reduced)
                (self.out / "candidates" / f"{b.id}.py").write_text(candidate(b, self.out))
            for lb, text in b.outputs.items():
                (d / f"output.{_safe(lb)}.txt").write_text(text)
            (d / "meta.json").write_text(json.dumps({**b.meta(), "reproduce": reproduce(b, self.out)}, indent=2))
        for bid in buckets.folded_ids:
            shutil.rmtree(self.out / "buckets" / bid, ignore_errors=True)
            (self.out / "candidates" / f"{bid}.py").unlink(missing_ok=True)
        state = {"format": FORMAT, "next_seed": next_seed, "stats": asdict(stats),
                 "buckets": [{**b.meta(), "choices": b.choices} for b in buckets.values()],
                 "aliases": [{"folded": folded.to_json(), "into": into.to_json()}
                             for folded, into in buckets.aliases.items()]}
        part = self.out / "state.json.part"
        part.write_text(json.dumps(state, indent=1))
        os.replace(part, self.state_path)  # a kill mid-write leaves the previous state, not half of one

    def load(self) -> Saved:
        """The saved state; CorpusError (one line: the file, what is wrong, what to do) if it cannot be read."""
        try:
            state = json.loads(self.state_path.read_text())
            version = state.get("format", 1)
            if version not in (1, FORMAT):
                raise ValueError(f"format {version!r}, this version reads formats 1 and {FORMAT}")
            buckets = _buckets_v1(state) if version == 1 else _buckets_v2(state)
            return Saved(int(state["next_seed"]), Stats(**state["stats"]), buckets)
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
            raise CorpusError(f"{self.state_path}: not a corpus state this version can continue "
                              f"({type(exc).__name__}: {exc}); use another --out or remove it") from exc


def _bucket(meta: dict[str, Any], signature: Signature, merged: list[Signature]) -> Bucket:
    return Bucket(signature, meta["explained_by"], meta["oracle"], meta["seed"], meta["count"], meta["source"],
                  list(meta["choices"]), dict(meta["outputs"]), reduced=meta.get("reduced"),
                  reduce_checks=meta.get("reduce_checks", 0), shrunk_by=meta.get("shrunk_by", ""), merged=merged,
                  culprit=meta.get("culprit", ""))


def _buckets_v2(state: dict[str, Any]) -> Buckets:
    buckets = [_bucket(m, Signature.from_json(m["signature"]), [Signature.from_json(s) for s in m["merged"]])
               for m in state["buckets"]]
    aliases = {Signature.from_json(a["folded"]): Signature.from_json(a["into"]) for a in state["aliases"]}
    return Buckets(buckets, aliases)


def _buckets_v1(state: dict[str, Any]) -> Buckets:
    """Format 1: signatures as `|`-joined text. A text that reads several ways keeps the likeliest reading
    for its bucket and the others as aliases of it, so later programs find the bucket whichever is right."""
    buckets, aliases = [], {}
    for text, meta in state["buckets"].items():
        first, *others = Signature.from_text(text)
        buckets.append(_bucket(meta, first, [Signature.from_text(t)[0] for t in meta.get("merged", [])]))
        aliases.update(dict.fromkeys(others, first))
    for folded, into in state.get("aliases", {}).items():
        aliases.update(dict.fromkeys(Signature.from_text(folded), Signature.from_text(into)[0]))
    return Buckets(buckets, aliases)


def reproduce(b: Bucket, out: Path | None) -> str:
    """The command that runs a bucket's program again on its two targets."""
    where = f"{out}/buckets/{b.id}/{'reduced' if b.reduced else 'program'}.py" if out else "<file>"
    return f"mpconform fuzz --targets {b.oracle},{b.target} --replay {where}"


def candidate(b: Bucket, out: Path | None) -> str:
    """The reduced program as a conformance test in MicroPython's layout (expected output: CPython's)."""
    head = [
        f"# Candidate conformance test found by mpconform fuzz ({b.kind}): {b.oracle} and {b.target} disagree.",
        f"# signature: {b.signature}",
        f"# seed: {b.seed} (regenerate the original program: mpconform fuzz --show {b.seed})",
        f"# reproduce: {reproduce(b, out)}",
    ]
    return "\n".join(head) + "\n" + (b.reduced or b.source)


def _safe(label: str) -> str:
    return "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in label)
