"""A fuzzing campaign's loop: generate, run on every target, compare, classify, bucket, reduce, save."""
from __future__ import annotations

import collections
import dataclasses
import time
from pathlib import Path
from typing import Callable

from .buckets import REDUCE_KINDS, Bucket, Buckets
from .classify import EXPLAINED_KINDS, Classification, classify, invalid
from .compare import Divergence, compare, view_of
from .corpus import Corpus, CorpusError, candidate, reproduce
from .culprit import find_culprit
from .generate import Generated, RandomChooser, generate_from
from .reduce import reduce_program
from .safety import unsafe_reason
from .fanout import Fanout
from .shared import DEFAULT_LEASE, SharedCorpus
from .store import Store
from .signature import Signature
from .stats import Stats

__all__ = ["Stats", "Bucket", "Campaign", "CorpusError", "REDUCE_KINDS", "DEFAULT_BATCH", "roles", "campaign_config"]

#: Programs sent to a target at once: runners that support it run them in one forked child, each with fresh
#: interpreter state, instead of forking per program. Whatever diverges is run again alone before it counts.
DEFAULT_BATCH = 16


def roles(labels: list[str], oracle: str | None = None, explainer: str | None = None) -> tuple[str, str | None]:
    """(oracle, explainer) of a campaign on `labels`: the oracle is cpython if there, else the first target; the
    explainer is the reference under its MicroPython profile: a target that prints what it prints is behaving as
    MicroPython is specified to, so such a divergence is explained by the profile, not new."""
    oracle = oracle or ("cpython" if "cpython" in labels else labels[0])
    if explainer is None:
        explainer = next((lb for lb in labels if lb.split(",")[0] == "ref" and "profile=cpython" not in lb
                          and lb != oracle), None)
    return oracle, explainer


def campaign_config(labels: list[str], oracle: str, explainer: str | None, timeout: float) -> dict:
    """What the workers of one shared campaign must agree on (what decides how a program is classified)."""
    return {"targets": list(labels), "oracle": oracle, "explainer": explainer, "timeout": timeout}


class Campaign:
    """Runs programs from consecutive seeds on every target (a Fanout); buckets divergences; saves to `out`."""

    def __init__(self, targets: list[str], *, out: Path | None = None, seed: int | None = None, jobs: int = 2,
                 timeout: float = 5.0, oracle: str | None = None, explainer: str | None = None,
                 batch: int = DEFAULT_BATCH) -> None:
        self.shared: SharedCorpus | None = None   # see `share`
        self.out = Path(out) if out else None
        self.corpus = Corpus(self.out) if self.out else None
        self.batch = max(1, batch)
        self.stats = Stats()
        self.buckets = Buckets()
        self.next_seed = 0
        if self.corpus and self.corpus.exists():
            saved = self.corpus.load()
            self.next_seed, self.stats, self.buckets = saved.next_seed, saved.stats, saved.buckets
        self.found = self.buckets   # what this worker found; `buckets` becomes the campaign's with a store
        if seed is not None:
            self.next_seed = seed
        self.pool = Fanout(targets, jobs=jobs, timeout=timeout)
        labels = self.pool.labels
        self._one_process = [lb for lb in labels if self.pool.shares_process(lb)]
        self.timeout = timeout
        self.oracle, self.explainer = roles(labels, oracle, explainer)
        for lb in labels:
            self.stats.agree.setdefault(lb, 0)

    def share(self, store: Store, *, worker: str | None = None, lease: float = DEFAULT_LEASE) -> SharedCorpus:
        """Join the campaign held by `store` (other workers, here or on other hosts): seeds come from blocks
        claimed there, findings are saved there as they come, and reductions are shared (fuzz/shared.py)."""
        if self.corpus:
            raise ValueError("a campaign saves to a store or to an --out folder, not both")
        self.shared = SharedCorpus(store, campaign_config(self.pool.labels, self.oracle, self.explainer, self.timeout),
                                   worker=worker, lease=lease)
        return self.shared

    # -- running -----------------------------------------------------------------------------------------
    def run(self, *, seconds: float | None = None, programs: int | None = None,
            progress: Callable[[Stats, Buckets], None] | None = None, progress_every: float = 1.0) -> Stats:
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
                    if self.shared:
                        self.next_seed = self.shared.take_seed()
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
            if self.shared:
                self.shared.publish(self.stats, self.found)
        self.stats.elapsed = base_elapsed + time.monotonic() - start
        return self.stats

    def _process(self, gen: Generated, outcomes: dict, *, alone: bool) -> None:
        s = self.stats
        s.programs += 1
        views = {lb: view_of(o) for lb, o in outcomes.items()}
        if not alone and self._one_process and (views[self.oracle].end != "ok" or compare(self.oracle, views)):
            # Seen in a batch: what counts is what the program does alone, in a process of its own. Targets
            # whose batches ran each program alone anyway (a board, node) are not asked again.
            outcomes = {**outcomes, **self.pool.run(gen.source, self._one_process)}
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
            self._file(invalid(self.oracle, ov), Divergence(self.oracle, self.oracle, ov, ov, 0), gen, outcomes)
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
                c = Classification(dataclasses.replace(c.signature, kind="profile"), self.explainer)
            s.kinds[c.kind] = s.kinds.get(c.kind, 0) + 1
            if c.kind in EXPLAINED_KINDS:
                s.explained[d.target] = s.explained.get(d.target, 0) + 1
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

    def _file(self, c: Classification, d: Divergence, gen: Generated, outcomes: dict) -> None:
        outputs = {lb: outcomes[lb].stdout.decode("utf-8", "replace") for lb in (d.oracle, d.target)}
        self.buckets.record(c, d, gen, outputs)

    # -- reduction ---------------------------------------------------------------------------------------
    def signature_of(self, source: str, oracle: str, target: str) -> Signature | None:
        """Run a program on two targets; the signature of the bucket their divergence goes to (its own, or
        the one it was folded into), None if they agree."""
        outs = self.pool.run(source, [oracle, target])
        views = {lb: view_of(o) for lb, o in outs.items()}
        if views[oracle].end != "ok":
            return None
        divs = compare(oracle, views)
        return self.buckets.filed_under(classify(divs[0], source).signature) if divs else None

    def reduce_buckets(self, *, seconds: float | None = None, max_checks: int = 300,
                       kinds: tuple[str, ...] = REDUCE_KINDS, after_each: Callable[[Bucket], None] | None = None) -> int:
        """Shrink every unreduced bucket of the given kinds, biggest first, until `seconds` are spent;
        `after_each` is called with each bucket reduced. Returns how many were reduced. With a shared store,
        the campaign's buckets (every worker's) are shrunk, each by the one worker whose claim on it wins."""
        if self.shared:
            self.buckets = self.shared.load().buckets
            return self.shared.reduce(self.buckets, lambda b: self.reduce_one(b, max_checks), seconds=seconds,
                                      stats=self.stats, after_each=after_each)
        start, done = time.monotonic(), 0
        for b in sorted(self.buckets.values(), key=lambda b: (-b.count, b.id)):
            if b.reduced is not None or b.kind not in kinds or b.explained_by == "harness":
                continue  # a garbled link does not come back on demand: nothing to shrink
            if seconds is not None and time.monotonic() - start > seconds:
                break
            self.reduce_one(b, max_checks)
            done += 1
            if after_each:
                after_each(b)
        return done

    def reduce_one(self, b: Bucket, max_checks: int = 300) -> None:
        """Shrink one bucket's program (or reuse the reduction of the same divergence on another target) and
        describe what the reduced program prints."""
        sig = b.signature
        twin = self.buckets.reduced_twin(b)
        if twin is not None and self.signature_of(twin.reduced, b.oracle, b.target) == sig:
            b.reduced, b.reduce_checks = twin.reduced, 1  # same root cause on another target: reuse
        else:
            r = reduce_program(b.source, lambda src: self.signature_of(src, b.oracle, b.target) == sig,
                               choices=b.choices if b.seed is not None else None, max_checks=max_checks)
            b.reduced, b.reduce_checks, b.shrunk_by = r.source, r.checks, r.shrinker
        self._describe(b)

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
        """Fold buckets of one target with the same root into one (see Buckets.fold), after finding the
        culprit of reduced buckets that lack one. Returns how many buckets were folded. With a store, the
        campaign's buckets are read again from it, folded there (reductions come described)."""
        if self.shared:
            self.buckets = self.shared.load().buckets
            return len(self.buckets.aliases)
        labels = set(self.pool.labels)
        for b in self.buckets.values():
            if b.reduced is not None and b.kind == "new" and not b.culprit and {b.oracle, b.target} <= labels:
                self._describe(b)  # reduced by an older version, or its targets were not there then
        return self.buckets.fold()

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
        """Write the corpus (if there is an --out): the state, and the folders of the `changed` buckets (all
        of them when not said). With a store: what this worker found, to the store."""
        if self.shared:
            self.shared.publish(self.stats, self.found, force=True)
        if self.corpus:
            self.corpus.save(self.next_seed, self.stats, self.buckets, changed)

    def reproduce(self, b: Bucket) -> str:
        return reproduce(b, self.out)

    def candidate(self, b: Bucket) -> str:
        return candidate(b, self.out)

    def close(self) -> None:
        self.pool.close()

    def __enter__(self) -> "Campaign":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
