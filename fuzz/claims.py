"""Claims on a shared store whose only operations are save, fetch and delete: who takes a seed block, who reduces
a bucket. No server-side lock, compare-and-swap or clock is needed.

A claim on NAME: fetch the set `claim/NAME`; if it holds anything, lose; else save your worker id into it,
fetch it again, and win only if it holds your id alone. Claim values are never deleted.

Guarantee (at most one winner per NAME, ever): if A and B both won, A's fetch did not see B, so B's save came
after A's fetch; likewise A's save came after B's fetch; but each saved before fetching: a cycle. This needs
only that each save or fetch takes effect at one instant between its call and return, which a single Redis
server gives (each of hypothesis's operations is one MULTI/EXEC) and so does a directory on one filesystem
(a value is a file renamed into place; a fetch lists the directory). A worker alone on NAME wins; workers
that claim at the same instant may all lose: the name is then skipped (a seed block) or taken in a later round
(a bucket, below).

Reducing a bucket can take minutes and its worker can die, so a bucket is claimed in rounds. Round r is won
as above (`claim/reduce:ID#r`); its holder saves a heartbeat into `alive/ID#r` every lease/4 seconds. Another
worker starts round r+1 only when it has watched round r show no new heartbeat for `lease` seconds of its own
clock (a holder that died, or a round nobody won), and it only ever claims the round it started itself. So
two workers reduce one bucket at once only if a holder's whole process stalled for longer than the lease (a
suspended machine, a store out of reach); even then the stalled holder checks, before saving its result, that
its heartbeats kept going and no later round began, and drops its work otherwise.
"""
from __future__ import annotations

import threading
import time

from .store import Store

__all__ = ["Claims", "Lease"]


class Lease:
    """The right to do a named piece of work, kept alive by heartbeats from a thread until `close`."""

    def __init__(self, claims: "Claims", name: str, round_: int) -> None:
        self.claims, self.name, self.round = claims, name, round_
        self._last_ok = time.monotonic()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._beat, daemon=True, name=f"lease {name}#{round_}")
        self._thread.start()

    def _beat(self) -> None:
        key, n, previous = f"alive/{self.name}#{self.round}", 0, None
        while not self._stop.wait(self.claims.lease / 4):
            n += 1
            value = f"{self.claims.worker}:{n}".encode()
            try:
                self.claims.store.save(key, value)
                if previous is not None:
                    self.claims.store.delete(key, previous)  # after the save: the set is never empty
            except Exception:  # noqa: BLE001 - the store out of reach: `valid` sees the heartbeats stop
                continue
            previous = value
            self._last_ok = time.monotonic()

    def valid(self) -> bool:
        """Still the holder: heartbeats went through within half a lease, and no later round has started."""
        if time.monotonic() - self._last_ok > self.claims.lease / 2:
            return False
        return max(self.claims.rounds(self.name), default=self.round) == self.round

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)

    def __enter__(self) -> "Lease":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class Claims:
    """Claims of one worker (`worker`: an id no other worker uses) on a store."""

    def __init__(self, store: Store, worker: str, lease: float = 30.0) -> None:
        self.store, self.worker, self.lease = store, worker, lease
        self._watched: dict[tuple[str, int], tuple[frozenset, float]] = {}

    def claim(self, name: str) -> bool:
        """True for at most one worker per name, ever (see the module docstring)."""
        key = f"claim/{name}"
        if self.store.fetch(key):
            return False
        me = self.worker.encode()
        self.store.save(key, me)
        return set(self.store.fetch(key)) == {me}

    def rounds(self, name: str) -> list[int]:
        return [int(v) for v in self.store.texts(f"rounds/{name}") if v.isdigit()]

    def stale(self, name: str, round_: int) -> bool:
        """Round `round_` showed no new heartbeat for a lease, watched on this worker's clock (the first look
        starts the watch)."""
        now = time.monotonic()
        seen = frozenset(self.store.fetch(f"alive/{name}#{round_}"))
        before = self._watched.get((name, round_))
        if before is None or before[0] != seen:
            self._watched[name, round_] = (seen, now)
            return False
        return now - before[1] >= self.lease

    def live(self, name: str) -> bool:
        """Someone holds `name` and has shown a heartbeat since this worker started watching it."""
        rounds = self.rounds(name)
        if not rounds:
            return False
        r = max(rounds)
        before = self._watched.get((name, r))
        return before is not None and frozenset(self.store.fetch(f"alive/{name}#{r}")) != before[0]

    def take(self, name: str) -> Lease | None:
        """A lease on `name` when it is free (no round yet) or its last round is stale, and this worker wins the
        round it starts; None otherwise (held, not stale yet, or lost to another worker)."""
        rounds = self.rounds(name)
        if rounds:
            if not self.stale(name, max(rounds)):
                return None
            round_ = max(rounds) + 1
        else:
            round_ = 0
        self.store.save(f"rounds/{name}", str(round_).encode())
        if not self.claim(f"{name}#{round_}"):
            self.stale(name, round_)  # start watching the round that was lost: it may have no winner
            return None
        return Lease(self, name, round_)
