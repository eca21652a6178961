"""Claims on a shared store (Redis, a directory): at most one winner per name under concurrent workers, and a
bucket's lease taken over only after its holder stopped showing life."""
from __future__ import annotations

import random
import threading
import time

import pytest

from mpconform.fuzz.claims import Claims
from mpconform.fuzz.store import StoreError, open_store

WORKERS, NAMES = 8, 40


@pytest.fixture(params=["redis", "dir"])
def store_url(request, tmp_path):
    if request.param == "dir":
        return f"dir:{tmp_path / 'store'}"
    return request.getfixturevalue("redis_url")


def test_concurrent_claims_have_at_most_one_winner_each(store_url):
    """Eight workers, each with its own connection, race for the same names at nearly the same instants (a
    jitter of a few milliseconds, so that some names have a winner: when all save before any fetches, none has)."""
    wins: dict[str, list[str]] = {f"n{i}": [] for i in range(NAMES)}
    barrier = threading.Barrier(WORKERS)
    errors = []

    def worker(k: int) -> None:
        claims = Claims(open_store(store_url), f"worker-{k}")
        try:
            for name in wins:
                barrier.wait(timeout=30)
                time.sleep(random.uniform(0, 0.004))
                if claims.claim(name):
                    wins[name].append(claims.worker)
        except Exception as exc:  # noqa: BLE001 - reported by the test
            errors.append(exc)
            barrier.abort()

    threads = [threading.Thread(target=worker, args=(k,)) for k in range(WORKERS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert not errors
    assert all(len(w) <= 1 for w in wins.values()), {n: w for n, w in wins.items() if len(w) > 1}
    assert sum(len(w) for w in wins.values()) > 0
    late = Claims(open_store(store_url), "late-comer")
    assert not any(late.claim(name) for name in wins)      # a name once claimed is never won again


def test_a_lease_whose_holder_stops_is_taken_over_and_the_old_holder_knows(store_url):
    first, second = Claims(open_store(store_url), "a", lease=0.6), Claims(open_store(store_url), "b", lease=0.6)
    held = first.take("reduce:x")
    assert held is not None and held.round == 0 and held.valid()
    assert second.take("reduce:x") is None                 # held: watched from now on
    time.sleep(0.4)
    assert second.live("reduce:x")                          # its heartbeats show: another worker is on it
    held._stop.set()                                        # the holder's process stalls: no more heartbeats
    held._thread.join()
    deadline = time.monotonic() + 5
    taken = None
    while taken is None and time.monotonic() < deadline:
        taken = second.take("reduce:x")
        time.sleep(0.05)
    assert taken is not None and taken.round == 1
    assert not held.valid()                                 # it must not save its result now
    assert taken.valid()
    taken.close()


def test_a_store_that_cannot_be_reached_is_one_line_naming_it():
    with pytest.raises(StoreError, match=r"store redis://127.0.0.1:1/0: cannot reach the Redis server"):
        open_store("redis://127.0.0.1:1/0")
    with pytest.raises(StoreError, match="expected redis://HOST:PORT/DB or dir:PATH"):
        open_store("ftp://x")
