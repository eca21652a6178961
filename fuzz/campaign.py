"""A fuzzing campaign: generate, run on every target, compare, classify, bucket, reduce, save."""
from __future__ import annotations

import collections
import json
import os
import shutil
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Callable

from .classify import Classification, bucket_id, classify
from .compare import Divergence, compare, line_shape, message_shape, view_of
from .culprit import find_culprit
from .generate import Generated, RandomChooser, generate_from
from .reduce import program_size, reduce_program
from .safety import unsafe_reason
from .fanout import Fanout

__all__ = ["Stats", "Bucket", "Campaign", "CorpusError", "REDUCE_KINDS", "DEFAULT_BATCH"]

#: Programs sent to a target at once: runners that support it run them in one forked child, each with fresh
#: interpreter state, instead of forking per program. Whatever diverges is run again alone before it counts.
DEFAULT_BATCH = 16

#: Buckets whose program is shrunk and written as a candidate test (the others are explained already).
REDUCE_KINDS = ("new", "crash")


@dataclass
class Stats:
    """The campaign's running figures (also what --json writes)."""

    programs: int = 0
    valid: int = 0                # ran to completion on the oracle
    three: int = 0                # printed at least three lines on the oracle
    divergent: int = 0            # programs where some target disagreed with the oracle
    unsafe: int = 0               # programs the static guard refused to run (a generator defect)
    unconfirmed: int = 0          # divergences seen in a batch that vanished when the program ran alone
    agree: dict[str, int] = field(default_factory=dict)  # per target: valid programs it agreed on
    internal: dict[str, int] = field(default_factory=dict)  # per target: programs its own implementation failed on
    kinds: dict[str, int] = field(default_factory=dict)  # divergences by classification kind
    gen_time: float = 0.0         # wall seconds generating, including waits for a core or the GIL
    gen_cpu: float = 0.0          # CPU seconds the generator itself used
    elapsed: float = 0.0

    def rate(self) -> float:
        return self.programs / self.elapsed if self.elapsed else 0.0

    def generation_share(self) -> tuple[float, float]:
        """Generation's share of the campaign's wall time: (its own CPU, its wall time with waits)."""
        if not self.elapsed:
            return 0.0, 0.0
        return self.gen_cpu / self.elapsed, self.gen_time / self.elapsed

    def pct(self, n: int, of: int | None = None) -> float:
        of = self.programs if of is None else of
        return 100.0 * n / of if of else 0.0


@dataclass
class Bucket:
    """One root cause (as far as the signature can tell): the smallest program seen and what it printed."""

    id: str
    signature: str
    kind: str
    explained_by: str
    oracle: str
    target: str
    seed: int | None
    count: int
    source: str
    choices: list[int]
    outputs: dict[str, str]
    reduced: str | None = None
    reduce_checks: int = 0
    shrunk_by: str = ""           # "hypothesis" (its shrinker on the choice sequence), "choices" or "lines"
    merged: list[str] = field(default_factory=list)  # signatures of buckets found to be this root cause
    culprit: str = ""             # the construct whose value first differs in the reduced program

    @property
    def signature_root(self) -> str:
        """The signature without the target: the same divergence seen on several targets shares it."""
        return self.signature.replace(f"|{self.target}", "", 1)

    @property
    def root(self) -> str:
        """What identifies the root cause, best first: the construct whose value first differs (a wrong
        pow() printed in a hundred ways is one root), the reduced program's shape, the signature."""
        if self.culprit:  # with how it shows (a wrong line, or which exception): one construct, two bugs
            shows = (self.signature.split("|") + ["", "", ""])[2]
            return f"culprit|{self.culprit}|{shows}"
        if self.reduced is not None and self.kind in REDUCE_KINDS:
            return "program|" + program_shape(self.reduced)
        return self.signature_root

    def meta(self) -> dict:
        d = asdict(self)
        d.pop("choices")
        return d


class CorpusError(Exception):
    """The --out folder holds a state file that cannot be continued."""


class Campaign:
    """Runs programs from consecutive seeds on a TargetPool; buckets divergences; saves to `out`."""

    def __init__(self, targets: list[str], *, out: Path | None = None, seed: int | None = None, jobs: int = 2,
                 timeout: float = 5.0, oracle: str | None = None, explainer: str | None = None,
                 batch: int = DEFAULT_BATCH) -> None:
        self.out = Path(out) if out else None
        self.batch = max(1, batch)
        self.stats = Stats()
        self.buckets: dict[str, Bucket] = {}
        self.aliases: dict[str, str] = {}     # signature of a folded bucket -> the bucket it was folded into
        self.folded_ids: list[str] = []       # ids of folded buckets, whose saved folders go at the next save
        self.next_seed = 0
        if self.out and (self.out / "state.json").exists():
            self._load()
        if seed is not None:
            self.next_seed = seed
        self.pool = Fanout(targets, jobs=jobs, timeout=timeout)
        labels = self.pool.labels
        self._shared = [lb for lb in labels if self.pool.shares_process(lb)]
        self.oracle = oracle or ("cpython" if "cpython" in labels else labels[0])
        # The reference under its MicroPython profile: a target that prints what it prints is behaving as
        # MicroPython is specified to, so such a divergence is explained by the profile, not new.
        self.explainer = explainer if explainer is not None else next(
            (lb for lb in labels if lb.split(",")[0] == "ref" and "profile=cpython" not in lb and lb != self.oracle),
            None)
        for lb in labels:
            self.stats.agree.setdefault(lb, 0)

    # -- running -----------------------------------------------------------------------------------------
    def run(self, *, seconds: float | None = None, programs: int | None = None,
            progress: Callable[[Stats, dict[str, Bucket]], None] | None = None, progress_every: float = 1.0) -> Stats:
        """Fuzz until the time or program budget is spent (whichever comes first)."""
        start = time.monotonic()
        base_elapsed = self.stats.elapsed
        deadline = start + seconds if seconds is not None else None
        pending: collections.deque = collections.deque()
        submitted, last = 0, start
        limit = 2 * self.pool.capacity + 1

        def more() -> bool:
            return (deadline is None or time.monotonic() < deadline) and (programs is None or submitted < programs)

        while True:
            while more() and len(pending) < limit:
                gens = []
                while len(gens) < self.batch and more():
                    t0, c0 = time.perf_counter(), time.thread_time()
                    gen = generate_from(RandomChooser(self.next_seed), self.next_seed)
                    self.stats.gen_cpu += time.thread_time() - c0
                    self.stats.gen_time += time.perf_counter() - t0
                    if unsafe_reason(gen.source):
                        self.stats.programs += 1
                        self.stats.unsafe += 1
                    else:
                        gens.append(gen)
                    self.next_seed += 1
                    submitted += 1
                if gens:
                    pending.append((gens, self.pool.submit_batch([g.source for g in gens])))
            if not pending:
                break
            gens, futures = pending.popleft()
            results = {lb: f.result() for lb, f in futures.items()}
            for i, gen in enumerate(gens):
                self._process(gen, {lb: outs[i] for lb, outs in results.items()}, alone=self.batch == 1)
                self.stats.elapsed = base_elapsed + time.monotonic() - start
                if progress and time.monotonic() - last >= progress_every:
                    last = time.monotonic()
                    progress(self.stats, self.buckets)
        self.stats.elapsed = base_elapsed + time.monotonic() - start
        return self.stats

    def _process(self, gen: Generated, outcomes: dict, *, alone: bool) -> None:
        s = self.stats
        s.programs += 1
        views = {lb: view_of(o) for lb, o in outcomes.items()}
        if not alone and self._shared and (views[self.oracle].end != "ok" or compare(self.oracle, views)):
            # Seen in a batch: what counts is what the program does alone, in a process of its own. Targets
            # whose batches ran each program alone anyway (a board, node) are not asked again.
            outcomes = {**outcomes, **self.pool.run(gen.source, self._shared)}
            alone_views = {lb: view_of(o) for lb, o in outcomes.items()}
            if alone_views[self.oracle].end == "ok" and not compare(self.oracle, alone_views):
                s.unconfirmed += 1
            views = alone_views
        views = self._internal_errors(gen, views, outcomes)
        if self.oracle not in views:
            return  # nothing to compare the others with
        ov = views[self.oracle]
        if ov.end != "ok":
            # The oracle did not run it to the end: a generator defect. Kept as a bucket to reproduce it.
            sig = f"invalid|{self.oracle}|{ov.end}|{message_shape(ov.message)}"
            self._file(Classification("invalid", "", sig), Divergence(self.oracle, self.oracle, ov, ov, 0),
                       gen, outcomes)
            return
        s.valid += 1
        s.three += len(ov.lines) >= 3
        divs = compare(self.oracle, views)
        odd = {d.target for d in divs}
        for lb in views:
            if lb not in odd:
                s.agree[lb] = s.agree.get(lb, 0) + 1
        if divs:
            s.divergent += 1
        for d in divs:
            c = classify(d, gen.source)
            if c.kind == "new" and self.explainer and d.target != self.explainer \
                    and views[self.explainer].agrees(views[d.target]):
                c = Classification("profile", self.explainer, c.signature.replace("new|", "profile|", 1))
            s.kinds[c.kind] = s.kinds.get(c.kind, 0) + 1
            self._file(c, d, gen, outcomes)

    def _internal_errors(self, gen: Generated, views: dict, outcomes: dict) -> dict:
        """File each target whose own implementation failed on the program (a defect of that target, counted
        apart, never a divergence); returns the views of the others, which are compared as usual."""
        for lb, v in views.items():
            if v.end == "internal":
                self.stats.internal[lb] = self.stats.internal.get(lb, 0) + 1
                d = Divergence(self.oracle, lb, views[self.oracle], v, 0)
                self._file(classify(d, gen.source), d, gen, outcomes)
        return {lb: v for lb, v in views.items() if v.end != "internal"}

    def _file(self, c: Classification, d, gen: Generated, outcomes: dict) -> None:
        b = self.buckets.get(self.aliases.get(c.signature, c.signature))
        outputs = {lb: outcomes[lb].stdout.decode("utf-8", "replace") for lb in (d.oracle, d.target)}
        if b is None:
            bid = bucket_id(c.signature)
            self.buckets[c.signature] = Bucket(bid, c.signature, c.kind, c.id, d.oracle, d.target, gen.seed, 1,
                                               gen.source, list(gen.choices), outputs)
            return
        b.count += 1
        if b.reduced is None and gen.source.count("\n") < b.source.count("\n"):
            b.seed, b.source, b.choices, b.outputs = gen.seed, gen.source, list(gen.choices), outputs

    # -- reduction ---------------------------------------------------------------------------------------
    def signature_of(self, source: str, oracle: str, target: str) -> str | None:
        """Run a program on two targets; the signature of their divergence (None if they agree)."""
        outs = self.pool.run(source, [oracle, target])
        views = {lb: view_of(o) for lb, o in outs.items()}
        if views[oracle].end != "ok":
            return None
        divs = compare(oracle, views)
        return classify(divs[0], source).signature if divs else None

    def reduce_buckets(self, *, seconds: float | None = None, max_checks: int = 300,
                       kinds: tuple[str, ...] = REDUCE_KINDS, after_each: Callable[[Bucket], None] | None = None) -> int:
        """Shrink every unreduced bucket of the given kinds, biggest first, until `seconds` are spent;
        `after_each` is called with each bucket reduced. Returns how many were reduced."""
        start, done = time.monotonic(), 0
        for b in sorted(self.buckets.values(), key=lambda b: (-b.count, b.id)):
            if b.reduced is not None or b.kind not in kinds or b.explained_by == "harness":
                continue  # a garbled link does not come back on demand: nothing to shrink
            if seconds is not None and time.monotonic() - start > seconds:
                break
            sig = b.signature
            twin = next((o for o in self.buckets.values()
                         if o.reduced and o.signature_root == b.signature_root and o is not b), None)
            if twin is not None and self.signature_of(twin.reduced, b.oracle, b.target) == sig:
                b.reduced, b.reduce_checks = twin.reduced, 1  # same root cause on another target: reuse
                self._describe(b)
                done += 1
                if after_each:
                    after_each(b)
                continue
            r = reduce_program(b.source, lambda src: self.signature_of(src, b.oracle, b.target) == sig,
                               choices=b.choices if b.seed is not None else None, max_checks=max_checks)
            b.reduced, b.reduce_checks, b.shrunk_by = r.source, r.checks, r.shrinker
            self._describe(b)
            done += 1
            if after_each:
                after_each(b)
        return done

    def _describe(self, b: Bucket) -> None:
        """Record what the reduced program prints on both targets, and where its values first part."""
        outs = self.pool.run(b.reduced, [b.oracle, b.target])
        b.outputs = {lb: o.stdout.decode("utf-8", "replace") for lb, o in outs.items()}
        if b.kind == "new":
            def run_both(program: str) -> tuple[str, str]:
                got = self.pool.run(program, [b.oracle, b.target])
                return got[b.oracle].stdout.decode("utf-8", "replace"), got[b.target].stdout.decode("utf-8", "replace")

            b.culprit = find_culprit(b.reduced, run_both) or ""

    def merge_reduced(self) -> int:
        """Fold buckets of one target with the same root (the same culprit, or reduced programs that are the
        same program up to names and literals) into the first of them: one root cause, one bucket. Their signatures stay as aliases, so programs that
        show them later count towards the kept bucket. Returns how many buckets were folded."""
        kept: dict[tuple[str, str], Bucket] = {}
        folded = 0
        labels = set(self.pool.labels)
        smallest_first = sorted(self.buckets.items(), key=lambda kv: (*program_size(kv[1].reduced or ""), kv[1].id))
        for sig, b in smallest_first:
            if b.reduced is None or b.kind not in REDUCE_KINDS:
                continue
            if b.kind == "new" and not b.culprit and {b.oracle, b.target} <= labels:
                self._describe(b)  # reduced by an older version, or its targets were not there then
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
            del self.buckets[sig]
            folded += 1
        return folded

    def recheck(self) -> dict[str, bool]:
        """Run every saved bucket's program again (reduced if it was): does it still show its divergence?"""
        labels = set(self.pool.labels)
        still = {}
        for b in self.buckets.values():
            if {b.oracle, b.target} <= labels:
                still[b.id] = self.signature_of(b.reduced or b.source, b.oracle, b.target) == b.signature
        return still

    # -- persistence -------------------------------------------------------------------------------------
    def save(self, changed: list[Bucket] | None = None) -> None:
        """Write the state file, and the folders of the `changed` buckets (all of them when not said)."""
        if not self.out:
            return
        (self.out / "buckets").mkdir(parents=True, exist_ok=True)
        (self.out / "candidates").mkdir(exist_ok=True)
        for b in self.buckets.values() if changed is None else changed:
            d = self.out / "buckets" / b.id
            d.mkdir(exist_ok=True)
            (d / "program.py").write_text(b.source)
            if b.reduced is not None:
                (d / "reduced.py").write_text(b.reduced)
                (self.out / "candidates" / f"{b.id}.py").write_text(self.candidate(b))
            for lb, text in b.outputs.items():
                (d / f"output.{_safe(lb)}.txt").write_text(text)
            (d / "meta.json").write_text(json.dumps({**b.meta(), "reproduce": self.reproduce(b)}, indent=2))
        for bid in self.folded_ids:
            shutil.rmtree(self.out / "buckets" / bid, ignore_errors=True)
            (self.out / "candidates" / f"{bid}.py").unlink(missing_ok=True)
        state = {"next_seed": self.next_seed, "stats": asdict(self.stats), "aliases": self.aliases,
                 "buckets": {sig: {**b.meta(), "choices": b.choices} for sig, b in self.buckets.items()}}
        part = self.out / "state.json.part"
        part.write_text(json.dumps(state, indent=1))
        os.replace(part, self.out / "state.json")  # a kill mid-write leaves the previous state, not half of one

    def _load(self) -> None:
        path = self.out / "state.json"
        try:
            state = json.loads(path.read_text())
            next_seed, stats = state["next_seed"], Stats(**state["stats"])
            buckets = {sig: Bucket(**m) for sig, m in state["buckets"].items()}
            aliases = dict(state.get("aliases", {}))
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
            raise CorpusError(f"{path}: not a corpus state this version can continue ({type(exc).__name__}: "
                              f"{exc}); use another --out or remove it") from exc
        self.next_seed, self.stats, self.buckets, self.aliases = next_seed, stats, buckets, aliases

    def reproduce(self, b: Bucket) -> str:
        where = f"{self.out}/buckets/{b.id}/{'reduced' if b.reduced else 'program'}.py" if self.out else "<file>"
        return f"mpconform fuzz --targets {b.oracle},{b.target} --replay {where}"

    def candidate(self, b: Bucket) -> str:
        """The reduced program as a conformance test in MicroPython's layout (expected output: CPython's)."""
        head = [
            f"# Candidate conformance test found by mpconform fuzz ({b.kind}): {b.oracle} and {b.target} disagree.",
            f"# signature: {b.signature}",
            f"# seed: {b.seed} (regenerate the original program: mpconform fuzz --show {b.seed})",
            f"# reproduce: {self.reproduce(b)}",
        ]
        return "\n".join(head) + "\n" + (b.reduced or b.source)

    def close(self) -> None:
        self.pool.close()

    def __enter__(self) -> "Campaign":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def program_shape(source: str) -> str:
    """A program with literals and generated names stripped, line by line: equal shapes, one construct."""
    return "\n".join(line_shape(ln) for ln in source.splitlines() if ln.strip())


def _safe(label: str) -> str:
    return "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in label)
