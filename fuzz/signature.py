"""A bucket's signature: which difference, on which target, how it shows; its one-line text and JSON forms.

Divergences with equal signatures fall into one bucket. The text form (`new|unix|line|0|1`) is what people
read, and its hash names the bucket's folder; it is only ever written, never split to read a field back,
except once, to load a corpus saved before signatures had fields (`from_text`).
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from typing import Any

__all__ = ["KINDS", "Signature"]

#: known: a catalogue entry explains it; unlisted: the fuzzer's table explains it but the catalogue lacks it;
#: profile: the reference interpreter (MicroPython profile) prints the same; the rest say what happened;
#: invalid: the oracle itself did not run the program to its end (a generator defect, not a divergence);
#: internal: the target's own implementation failed (a defect of that target, never a language difference).
KINDS = ("known", "unlisted", "profile", "resource", "timeout", "crash", "new", "invalid", "internal")

#: Kinds whose cause (catalogue id, exception) says more than the target: it comes first in the text.
_CAUSE_FIRST = ("known", "unlisted", "resource")
_FIELDS = ("kind", "target", "cause", "shows", "shapes")


@dataclass(frozen=True)
class Signature:
    """What makes two divergences one bucket. Shapes are texts with literals and generated names stripped
    (compare.line_shape, message_shape): two programs that differ only in those share a signature."""

    kind: str                     # see KINDS
    target: str                   # the target that differs (for invalid: the oracle that did not finish)
    cause: str = ""               # known/unlisted: the catalogue or fuzz-table id; resource: the exception;
                                  # crash: "harness" when the link, not the program, went wrong
    shows: str = ""               # new/profile: "line", "no-output" or the ending that changed
                                  # ("ok->raised:TypeError"); invalid: how the oracle ended
    shapes: tuple[str, ...] = ()  # what tells buckets of one kind apart: the expected and actual line, the
                                  # exception message, the source line (crash, SyntaxError)

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"signature kind {self.kind!r}: expected one of {', '.join(KINDS)}")

    def text(self, *, with_target: bool = True) -> str:
        """The one-line form, e.g. `new|unix|ok->raised:TypeError|unsupported types`; without the target,
        what the same divergence on several targets shares."""
        target = [self.target] if with_target else []
        if self.kind in _CAUSE_FIRST:
            return "|".join([self.kind, self.cause, *target])
        return "|".join([self.kind, *target, *(p for p in (self.cause, self.shows) if p), *self.shapes])

    def __str__(self) -> str:
        return self.text()

    @property
    def bucket_id(self) -> str:
        """A short, stable, file-name-safe name for the bucket: kind, id or target, hash of the text."""
        label = self.cause if self.kind in _CAUSE_FIRST else self.target
        slug = re.sub(r"[^a-z0-9]+", "_", label.lower()).strip("_")[:40]
        return f"{self.kind}_{slug}_{hashlib.sha1(self.text().encode()).hexdigest()[:8]}"

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "target": self.target, "cause": self.cause, "shows": self.shows,
                "shapes": list(self.shapes)}

    @classmethod
    def from_json(cls, data: Any) -> "Signature":
        """The value `to_json` wrote; ValueError naming what is wrong otherwise."""
        if not isinstance(data, dict) or not {"kind", "target"} <= data.keys() or data.keys() - set(_FIELDS):
            raise ValueError(f"a signature needs the fields {', '.join(_FIELDS)}; got {data!r:.200}")
        shapes = data.get("shapes", [])
        values = [data[k] for k in ("kind", "target")] + [data.get(k, "") for k in ("cause", "shows")]
        if not all(isinstance(v, str) for v in values + list(shapes)) or not isinstance(shapes, list):
            raise ValueError(f"signature fields must be strings (shapes a list of them); got {data!r:.200}")
        return cls(*values, tuple(shapes))

    @classmethod
    def from_text(cls, text: str) -> tuple["Signature", ...]:
        """Read the text form that corpora of the previous version saved. Shapes may hold '|' themselves, so
        a text can have several readings: the likeliest comes first (the expected and actual line printed
        by one format hold as many '|' as each other), then the rest. ValueError if it reads as none."""
        kind, _, rest = text.partition("|")
        if kind not in KINDS or not rest:
            raise ValueError(f"signature {text!r:.200}: expected KIND|... with KIND one of {', '.join(KINDS)}")
        if kind in _CAUSE_FIRST:
            cause, _, target = rest.partition("|")
            return (cls(kind, target, cause=cause),)
        target, _, rest = rest.partition("|")
        if kind == "timeout":
            return (cls(kind, target),)
        if kind == "crash":
            if rest.startswith("harness|"):
                return (cls(kind, target, cause="harness", shapes=(rest[len("harness|"):],)),)
            return (cls(kind, target, shapes=(rest,)),)
        shows, _, rest = rest.partition("|")
        if kind == "invalid" or shows == "no-output":
            return (cls(kind, target, shows=shows, shapes=(rest,) if rest or kind == "invalid" else ()),)
        if shows == "line" or shows.endswith("->raised:SyntaxError"):
            # Two shapes: the lines (or the message and the source line), split at one of the '|'.
            cuts = [i for i, ch in enumerate(rest) if ch == "|"]
            if shows == "line" and len(cuts) % 2:
                cuts.insert(0, cuts.pop(len(cuts) // 2))
            if not cuts:
                raise ValueError(f"signature {text!r:.200}: expected two shapes after {shows!r}")
            return tuple(cls(kind, target, shows=shows, shapes=(rest[:i], rest[i + 1:])) for i in cuts)
        return (cls(kind, target, shows=shows, shapes=(rest,)),)
