"""One fuzz campaign shared by many workers (processes, hosts) through a store: seeds, findings, reductions.

Every record has one writer, so no record is ever updated by two workers and nothing needs a lock:

    config                 the campaign: targets, oracle, explainer, seeds per block (workers must agree)
    workers                every worker's id
    worker/ID              that worker's figures, the seed ranges it ran, its count per bucket, the buckets it
                           reduced, its state; replaced by a newer version (saved first, then the old deleted)
    buckets                every bucket's signature
    found/BUCKET           each worker's smallest program for the bucket (with its seed and choices)
    reduced/BUCKET         the bucket's reduced program, saved by the worker whose claim won (claims.py)
    claim/..., rounds/..., alive/...    claims on seed blocks and reductions (claims.py)

Seeds are handed out in blocks, each claimed by one worker, so no program runs twice. A bucket's count is the
sum of the workers' counts, its program the smallest any worker saw. Findings are saved as soon as a bucket
is new and figures at least every second: a worker killed midway loses at most its last second of counts.
"""
from __future__ import annotations

import json
import os
import random
import socket
import time
import zlib
from dataclasses import asdict, dataclass
from typing import Any, Callable

from .buckets import REDUCE_KINDS, Bucket, Buckets
from .claims import Claims
from .reduce import program_size
from .signature import Signature
from .stats import Stats, combined
from .store import Store, StoreError

__all__ = ["SharedCorpus", "SharedView", "WorkerInfo", "DEFAULT_BLOCK", "DEFAULT_LEASE"]

DEFAULT_BLOCK = 256     # seeds per claimed block: a worker that stops leaves the rest of its block unrun
DEFAULT_LEASE = 30.0    # seconds a reducing worker may show no heartbeat before another takes its bucket over
PUBLISH_EVERY = 1.0


@dataclass(frozen=True)
class WorkerInfo:
    """What a worker last saved about itself."""

    id: str
    state: str                     # fuzzing, reducing, done
    stats: Stats
    ranges: tuple[tuple[int, int], ...]   # seeds run, [start, end)
    counts: dict[str, int]         # bucket id -> programs of this worker that fell into it
    reduced: tuple[str, ...]       # buckets this worker reduced
    updated: float                 # its clock (time.time()) when saved


@dataclass(frozen=True)
class SharedView:
    """The whole campaign as the store holds it now."""

    buckets: Buckets
    stats: Stats
    workers: tuple[WorkerInfo, ...]


class SharedCorpus:
    """One worker's side of a shared campaign (or a reader's, with `register=False`; one that does not check the
    campaign's config against `config`, with `check=False`)."""

    def __init__(self, store: Store, config: dict[str, Any], *, worker: str | None = None,
                 lease: float = DEFAULT_LEASE, register: bool = True, check: bool = True) -> None:
        self.store = store
        # Unique among every worker the store ever sees: the claims rely on it (a name alone may come again).
        self.worker = f"{worker + '@' if worker else ''}{socket.gethostname()}:{os.getpid()}:{random.getrandbits(24):06x}"
        self.config = {**config, "block": int(config.get("block", DEFAULT_BLOCK))}
        if check:
            self._check_config()
        self.claims = Claims(store, self.worker, lease)
        self.ranges: list[list[int]] = []
        self.reduced_here: list[str] = []
        self.state = "fuzzing"
        self._next = self._end = 0
        self._hint = 0
        self._version = 0
        self._record: bytes | None = None
        self._counts: dict[str, int] = {}
        self._published: dict[str, tuple[str, bytes]] = {}
        self._last_publish = 0.0
        if register:
            store.save("workers", self.worker.encode())

    def _check_config(self) -> None:
        self.store.save_json("config", self.config)
        configs = list(self.store.fetch_json("config"))
        others = [c for c in configs if c != self.config]
        if others:
            def show(c: dict) -> str:
                return f"targets {', '.join(c.get('targets', []))}, oracle {c.get('oracle')}, block {c.get('block')}"
            raise StoreError(f"store {self.store.url} holds a campaign of {show(others[0])}; this worker has "
                             f"{show(self.config)}: use the same targets and options, or another store")

    # -- seeds ---------------------------------------------------------------------------------------------
    def take_seed(self) -> int:
        """The next seed of this worker's block, claiming a new block when it is used up."""
        if self._next >= self._end:
            self._claim_block()
        seed, self._next = self._next, self._next + 1
        if self.ranges and self.ranges[-1][1] == seed:
            self.ranges[-1][1] = seed + 1
        else:
            self.ranges.append([seed, seed + 1])
        return seed

    def _claim_block(self) -> None:
        n, step, losses = self._hint, 1, 0
        while True:
            while self.store.fetch(f"claim/block:{n}"):   # taken: gallop past the blocks others hold
                n, step = n + step, step * 2
            if self.claims.claim(f"block:{n}"):
                break
            losses += 1     # claimed at the same instant by another: both may lose; spread out and retry
            n, step = n + 1 + random.randrange(1 << min(losses, 6)), 1
        block = self.config["block"]
        self._next, self._end, self._hint = n * block, (n + 1) * block, n + 1

    # -- findings ------------------------------------------------------------------------------------------
    def publish(self, stats: Stats, buckets: Buckets, *, force: bool = False) -> None:
        """Save new or smaller programs of `buckets` and this worker's record (at most once a second unless
        forced or a bucket is new)."""
        new = [b for b in buckets.values() if b.id not in self._published]
        if not (force or new or time.monotonic() - self._last_publish >= PUBLISH_EVERY):
            return
        for b in buckets.values():
            old = self._published.get(b.id)
            if old is not None and old[0] == b.source:
                continue
            value = self.store.save_json(f"found/{b.id}", {
                "worker": self.worker, "signature": b.signature.to_json(), "explained_by": b.explained_by,
                "oracle": b.oracle, "seed": b.seed, "source": b.source, "choices": b.choices, "outputs": b.outputs})
            if old is None:
                self.store.save("buckets", _signature_value(b.signature))
            elif old[1] != value:
                self.store.delete(f"found/{b.id}", old[1])
            self._published[b.id] = (b.source, value)
        self._save_record(stats, {b.id: b.count for b in buckets.values()})
        self._last_publish = time.monotonic()

    def _save_record(self, stats: Stats, counts: dict[str, int]) -> None:
        self._version += 1
        value = self.store.save_json(f"worker/{self.worker}", {
            "worker": self.worker, "version": self._version, "state": self.state, "stats": asdict(stats),
            "ranges": self.ranges, "counts": counts, "reduced": self.reduced_here, "updated": time.time()})
        if self._record is not None:
            self.store.delete(f"worker/{self.worker}", self._record)   # after the save: never without one
        self._record = value
        self._counts = counts

    # -- reductions ----------------------------------------------------------------------------------------
    def is_reduced(self, bucket_id: str) -> bool:
        return bool(self.store.fetch(f"reduced/{bucket_id}"))

    def reduce(self, view: Buckets, reduce_one: Callable[[Bucket], None], *, seconds: float | None, stats: Stats,
               after_each: Callable[[Bucket], None] | None = None) -> int:
        """Reduce the unreduced buckets of `view` (the campaign's, from `load`) that this worker wins a claim on,
        until none is left that is not held by a live worker, or `seconds` are spent. `reduce_one` shrinks a
        bucket in place. Returns how many this worker reduced."""
        self.state = "reducing"
        self._save_record(stats, self._counts)
        start, done = time.monotonic(), 0
        pending = sorted((b for b in view.values() if b.reduced is None and b.kind in REDUCE_KINDS
                          and b.explained_by != "harness"), key=lambda b: (-b.count, b.id))
        # Workers that start reducing together start at different buckets: fewer claims at the same instant.
        turn = zlib.crc32(self.worker.encode()) % len(pending) if pending else 0
        pending = pending[turn:] + pending[:turn]
        while pending and (seconds is None or time.monotonic() - start < seconds):
            for b in list(pending):
                if seconds is not None and time.monotonic() - start >= seconds:
                    break
                if self.is_reduced(b.id) or self.claims.live(f"reduce:{b.id}"):
                    pending.remove(b)   # done, or another live worker is on it
                    continue
                lease = self.claims.take(f"reduce:{b.id}")
                if lease is None:
                    continue            # held: watched until it shows life (dropped) or goes stale (taken)
                with lease:
                    reduce_one(b)
                    kept = self._save_reduction(b, stats) if lease.valid() else False
                if kept:
                    done += 1
                    if after_each:
                        after_each(b)
                else:   # stalled past the lease: another worker owns the bucket now
                    b.reduced = None
                pending.remove(b)
            if pending:
                time.sleep(min(self.claims.lease / 8, 1.0))
        return done

    def _save_reduction(self, b: Bucket, stats: Stats) -> bool:
        self.store.save_json(f"reduced/{b.id}", {
            "worker": self.worker, "reduced": b.reduced, "reduce_checks": b.reduce_checks, "shrunk_by": b.shrunk_by,
            "culprit": b.culprit, "outputs": b.outputs})
        self.reduced_here.append(b.id)
        self._save_record(stats, self._counts)
        return True

    def finish(self, stats: Stats, buckets: Buckets) -> None:
        self.state = "done"
        self.publish(stats, buckets, force=True)

    # -- the whole campaign --------------------------------------------------------------------------------
    def load(self) -> SharedView:
        """Every worker's record, every bucket with the counts added up, the smallest program and reduction,
        buckets of one root folded (Buckets.fold); totals are the sum of the workers' figures."""
        workers = []
        for wid in sorted(self.store.texts("workers")):
            records = list(self.store.fetch_json(f"worker/{wid}"))
            if records:
                workers.append(_worker(max(records, key=lambda r: r.get("version", 0))))
        counts: dict[str, int] = {}
        for w in workers:
            for bid, n in w.counts.items():
                counts[bid] = counts.get(bid, 0) + n
        buckets = []
        for value in self.store.fetch("buckets"):
            try:
                sig = Signature.from_json(json.loads(value))
            except ValueError:
                continue
            b = _bucket(sig, list(self.store.fetch_json(f"found/{sig.bucket_id}")), counts.get(sig.bucket_id, 0))
            if b is not None:
                _apply_reduction(b, list(self.store.fetch_json(f"reduced/{sig.bucket_id}")))
                buckets.append(b)
        view = Buckets(sorted(buckets, key=lambda b: b.id))
        view.fold()
        return SharedView(view, combined(w.stats for w in workers), tuple(workers))


def _signature_value(sig: Signature) -> bytes:
    return json.dumps(sig.to_json(), sort_keys=True, separators=(",", ":")).encode()


def _worker(rec: dict[str, Any]) -> WorkerInfo:
    return WorkerInfo(rec["worker"], rec.get("state", "?"), Stats(**rec["stats"]),
                      tuple((a, b) for a, b in rec.get("ranges", [])), dict(rec.get("counts", {})),
                      tuple(rec.get("reduced", [])), float(rec.get("updated", 0.0)))


def _bucket(sig: Signature, found: list[dict[str, Any]], count: int) -> Bucket | None:
    """The bucket with the smallest program any worker saw (ties: the lowest seed, then worker id)."""
    if not found:
        return None
    f = min(found, key=lambda c: (*program_size(c["source"]), c.get("seed") or 0, c["worker"]))
    return Bucket(sig, f["explained_by"], f["oracle"], f["seed"], count, f["source"], list(f["choices"]),
                  dict(f["outputs"]))


def _apply_reduction(b: Bucket, reduced: list[dict[str, Any]]) -> None:
    """The smallest reduction saved (two only if a holder stalled past its lease: see claims.py)."""
    if not reduced:
        return
    r = min(reduced, key=lambda r: (*program_size(r["reduced"]), r["worker"]))
    b.reduced, b.reduce_checks, b.shrunk_by = r["reduced"], r["reduce_checks"], r["shrunk_by"]
    b.culprit, b.outputs = r.get("culprit", ""), dict(r.get("outputs", b.outputs))
