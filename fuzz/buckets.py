"""Buckets: divergences grouped by signature, the smallest program of each, buckets of one root folded."""
from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from .classify import Classification
from .compare import Divergence, line_shape
from .generate import Generated
from .reduce import program_size
from .signature import Signature

__all__ = ["Bucket", "Buckets", "REDUCE_KINDS", "program_shape"]

#: Buckets whose program is shrunk and written as a candidate test (the others are explained already).
REDUCE_KINDS = ("new", "crash")


@dataclass
class Bucket:
    """One root cause (as far as the signature can tell): the smallest program seen and what it printed."""

    signature: Signature
    explained_by: str
    oracle: str
    seed: int | None
    count: int
    source: str
    choices: list[int]
    outputs: dict[str, str]
    reduced: str | None = None
    reduce_checks: int = 0
    shrunk_by: str = ""           # "hypothesis" (its shrinker on the choice sequence), "choices" or "lines"
    merged: list[Signature] = field(default_factory=list)  # signatures of buckets found to be this root cause
    culprit: str = ""             # the construct whose value first differs in the reduced program

    @property
    def id(self) -> str:
        return self.signature.bucket_id

    @property
    def kind(self) -> str:
        return self.signature.kind

    @property
    def target(self) -> str:
        return self.signature.target

    @property
    def signature_root(self) -> str:
        """The signature without the target: the same divergence seen on several targets shares it."""
        return self.signature.text(with_target=False)

    @property
    def root(self) -> str:
        """What identifies the root cause, best first: the construct whose value first differs (a wrong
        pow() printed in a hundred ways is one root), the reduced program's shape, the signature."""
        if self.culprit:  # with how it shows (a wrong line, or which exception): one construct, two bugs
            return f"culprit|{self.culprit}|{self.signature.shows}"
        if self.reduced is not None and self.kind in REDUCE_KINDS:
            return "program|" + program_shape(self.reduced)
        return self.signature_root

    def meta(self) -> dict[str, Any]:
        """The bucket as JSON, without its choice sequence (what --json and a bucket's meta.json hold)."""
        return {"id": self.id, "signature": self.signature.to_json(), "kind": self.kind,
                "explained_by": self.explained_by, "oracle": self.oracle, "target": self.target, "seed": self.seed,
                "count": self.count, "source": self.source, "outputs": self.outputs, "reduced": self.reduced,
                "reduce_checks": self.reduce_checks, "shrunk_by": self.shrunk_by,
                "merged": [s.to_json() for s in self.merged], "culprit": self.culprit}


class Buckets(Mapping[Signature, Bucket]):
    """A campaign's buckets by signature, and the signatures of buckets folded into another one."""

    def __init__(self, buckets: list[Bucket] | None = None,
                 aliases: dict[Signature, Signature] | None = None) -> None:
        self._by_signature = {b.signature: b for b in buckets or ()}
        self.aliases = dict(aliases or {})   # signature of a folded bucket -> the bucket it was folded into
        self.folded_ids: list[str] = []       # ids of folded buckets, whose saved folders go at the next save

    def __getitem__(self, signature: Signature) -> Bucket:
        return self._by_signature[signature]

    def __iter__(self) -> Iterator[Signature]:
        return iter(self._by_signature)

    def __len__(self) -> int:
        return len(self._by_signature)

    def add(self, bucket: Bucket) -> None:
        self._by_signature[bucket.signature] = bucket

    def filed_under(self, signature: Signature) -> Signature:
        """The signature of the bucket a divergence goes to: its own, or the one it was folded into."""
        return self.aliases.get(signature, signature)

    def record(self, c: Classification, d: Divergence, gen: Generated, outputs: dict[str, str]) -> None:
        """Count a divergence in its bucket (a new one, or the one its signature was folded into); keep the
        smallest program that shows it until the bucket is reduced."""
        b = self._by_signature.get(self.filed_under(c.signature))
        if b is None:
            self.add(Bucket(c.signature, c.id, d.oracle, gen.seed, 1, gen.source, list(gen.choices), outputs))
            return
        b.count += 1
        if b.reduced is None and gen.source.count("\n") < b.source.count("\n"):
            b.seed, b.source, b.choices, b.outputs = gen.seed, gen.source, list(gen.choices), outputs

    def reduced_twin(self, b: Bucket) -> Bucket | None:
        """Another reduced bucket of the same divergence on another target, whose program may serve b too."""
        return next((o for o in self._by_signature.values()
                     if o.reduced and o.signature_root == b.signature_root and o is not b), None)

    def fold(self) -> int:
        """Fold reduced buckets of one target with the same root (the same culprit, or reduced programs that
        are the same program up to names and literals) into the smallest of them: one root cause, one
        bucket. Their signatures stay as aliases, so programs that show them later count towards the kept
        bucket. Returns how many buckets were folded."""
        kept: dict[tuple[str, str], Bucket] = {}
        folded = 0
        smallest_first = sorted(self._by_signature.items(),
                                key=lambda kv: (*program_size(kv[1].reduced or ""), kv[1].id))
        for sig, b in smallest_first:
            if b.reduced is None or b.kind not in REDUCE_KINDS:
                continue
            first = kept.setdefault((b.target, b.root), b)
            if first is b:
                continue
            first.count += b.count
            first.merged += [b.signature, *b.merged]
            for folded_before, into in self.aliases.items():
                if into == sig:
                    self.aliases[folded_before] = first.signature
            self.aliases[sig] = first.signature
            self.folded_ids.append(b.id)
            del self._by_signature[sig]
            folded += 1
        return folded


def program_shape(source: str) -> str:
    """A program with literals and generated names stripped, line by line: equal shapes, one construct."""
    return "\n".join(line_shape(ln) for ln in source.splitlines() if ln.strip())
